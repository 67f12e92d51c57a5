namespace Gateway.Routing.Declaraties;

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
