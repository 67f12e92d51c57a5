namespace Gateway.Messages.Model;

/// <summary>The header fields common to every message: code, versions, parties, identification and XsdVersie.</summary>
public abstract record BerichtHeader
{
    /// <summary>Vektis COD002 BerichtCode, e.g. "436" (JW301) or "414" (WMO301).</summary>
    public required string BerichtCode { get; init; }

    /// <summary>Major version; 3 in release 3.2.</summary>
    public int BerichtVersie { get; init; } = 3;

    /// <summary>Minor version; 2 in release 3.2.</summary>
    public int BerichtSubversie { get; init; } = 2;

    /// <summary>Gemeentecode (4 digits) or AGB code (8 digits), as the message's schema says.</summary>
    public required string Afzender { get; init; }

    /// <summary>Gemeentecode (4 digits) or AGB code (8 digits), as the message's schema says.</summary>
    public required string Ontvanger { get; init; }

    /// <summary>Identification of the message (for a retour: of the heen-bericht it answers).</summary>
    public required BerichtIdentificatie BerichtIdentificatie { get; init; }

    /// <summary>Schema versions used to build the message (for a retour: those of the heen-bericht).</summary>
    public required XsdVersie XsdVersie { get; init; }
}

/// <summary>The header of a heen-bericht (301, 305, 307, 315, 317, 319, 323).</summary>
public sealed record Header : BerichtHeader;

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

/// <summary>The header of a 325: own identification plus the identification of the answered 323.</summary>
public sealed record DeclaratieAntwoordHeader : BerichtHeader
{
    /// <summary>The BerichtIdentificatie of the answered 323.</summary>
    public required BerichtIdentificatie DeclaratieIdentificatie { get; init; }

    /// <summary>XSLT version, present when the 325 rejects on XSLT (level-2) rules.</summary>
    public string? XsltVersie { get; init; }

    /// <summary>The XsdVersie of the answered 323.</summary>
    public required XsdVersie XsdVersieDeclaratie { get; init; }

    /// <summary>Header retourcodes: at least one in a valid 325.</summary>
    public required IReadOnlyList<string> RetourCodes { get; init; }
}
