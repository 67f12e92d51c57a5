namespace Gateway.Routing.Store;

/// <summary>What sort of document a stored message is.</summary>
public enum MessageKind
{
    /// <summary>A heen-bericht (301, 305, 307, 315, 317, 319, 323), or an unclassified document that arrived as one.</summary>
    Heen,

    /// <summary>A copy-header retour (302, 306, 308, 316, 318, 320).</summary>
    Retour,

    /// <summary>The declaratie-antwoord (325).</summary>
    DeclaratieAntwoord,

    /// <summary>A StUF transport error (Fo01), e.g. StUF055 for a level-1 rejection; no iStandaarden header.</summary>
    TransportError,
}
