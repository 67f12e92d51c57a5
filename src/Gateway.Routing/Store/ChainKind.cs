namespace Gateway.Routing.Store;

/// <summary>What a <see cref="ChainReference"/> names; stored as its lowercase name beside the keyed hash of the value.</summary>
public enum ChainKind
{
    /// <summary>A ToewijzingNummer (301, 305, 307, 317, 323, 325 and copies).</summary>
    Toewijzing,

    /// <summary>A ReferentieAanbieder: ties a 315/317 request to its 316/318, the 319 and the 301 that honours it.</summary>
    Referentie,

    /// <summary>A DeclaratieNummer: ties a 323 to its 325.</summary>
    Declaratie,
}
