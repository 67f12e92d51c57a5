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
