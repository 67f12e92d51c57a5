namespace Gateway.Routing.Declaraties;

/// <summary>
/// What the gateway does with the 325 it builds for a 323, next to the ceilings: a 325 whose grant takes a ceiling with
/// beleid "hold" over 100 % is always held (the region chose that per ceiling in the contract register).
/// </summary>
public enum AntwoordBeleid
{
    /// <summary>Send every 325 at once (the default), except those a ceiling with beleid "hold" stops.</summary>
    Direct = 0,

    /// <summary>Also hold a 325 that rejects clients or prestaties, for a back-office decision.</summary>
    HoldRejectedLines = 1,
}

/// <summary>The region's policy for the automatic 325 (configuration section Gateway:Declaraties).</summary>
public sealed record DeclaratieAntwoordOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Declaraties";

    /// <summary>The standard's deadline for a 325: 10 working days after the 323 was received (OP090x4).</summary>
    public const int DefaultTermijnWerkdagen = 10;

    /// <summary>When to hold the 325; <see cref="AntwoordBeleid.Direct"/> sends everything at once.</summary>
    public AntwoordBeleid Antwoord { get; init; } = AntwoordBeleid.Direct;

    /// <summary>Working days after receipt within which the 325 must be sent.</summary>
    public int TermijnWerkdagen { get; init; } = DefaultTermijnWerkdagen;
}
