namespace Gateway.Routing.Figures;

/// <summary>The kinds of steering report (the CLI and API name them in Dutch, lower case).</summary>
public enum FigureKind
{
    /// <summary>"zorg": clients in care, new and ended toewijzingen, starts and stops, trajectory lengths.</summary>
    Zorg,

    /// <summary>"productie": allocated vs declared vs granted, per funding variant in its own terms, and the share used.</summary>
    Productie,

    /// <summary>"declaraties": declared, granted and rejected amounts.</summary>
    Declaraties,

    /// <summary>"afwijzingen": rejected prestaties and amounts per retourcode and rule.</summary>
    Afwijzingen,

    /// <summary>"doorlooptijden": lead times 315 → 301/319, 301 → 305, 323 → 325 and the share within the standard's deadline.</summary>
    Doorlooptijden,

    /// <summary>"plafonds": ceiling usage by month and a straight-line projection to the year's end.</summary>
    Plafonds,
}
