namespace Gateway.Messages.Model;

/// <summary>
/// The header of a retour (302, 306, 308, 316, 318, 320): the heen header copied, BerichtCode replaced, plus the
/// retour's own identification.
/// </summary>
public sealed record RetourHeader : BerichtHeader
{
    /// <summary>The retour's own identification (≤ 12 characters).</summary>
    public required string IdentificatieRetour { get; init; }

    /// <summary>The retour's dagtekening.</summary>
    public required DateOnly DagtekeningRetour { get; init; }

    /// <summary>XSLT version, present when the retour rejects on XSLT (level-2) rules.</summary>
    public string? XsltVersie { get; init; }

    /// <summary>Schema versions used to build the retour.</summary>
    public required XsdVersie XsdVersieRetour { get; init; }

    /// <summary>Header retourcodes; empty means the element RetourCodes is absent (full acceptance).</summary>
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
