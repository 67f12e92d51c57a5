namespace Gateway.Messages.Model;

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
