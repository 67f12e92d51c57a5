namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>Namespaces, root element names and SOAPActions of the StUF ggk0210 contract.</summary>
public static class GgkNames
{
    /// <summary>The ggk0210 koppelvlak namespace (Di01/Du01 envelopes and their parameters).</summary>
    public const string GgkNamespace = "http://www.stufstandaarden.nl/koppelvlak/ggk0210";

    /// <summary>The StUF 03.01 namespace (stuurgegevens, Fo01, Bv03, Fo03).</summary>
    public const string StufNamespace = "http://www.egem.nl/StUF/StUF0301";

    /// <summary>The SOAP 1.1 envelope namespace.</summary>
    public const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>Root element of a Di01 (heenbericht) envelope.</summary>
    public const string Di01Element = "envelopHeenbericht-ggk_Di01";
    /// <summary>Root element of a Du01 (retourbericht) envelope.</summary>
    public const string Du01Element = "envelopRetourbericht-ggk_Du01";
    /// <summary>Root element of an Fo01 fault message.</summary>
    public const string Fo01Element = "Fo01Bericht";
    /// <summary>Root element of a Bv03 acknowledgement.</summary>
    public const string Bv03Element = "Bv03Bericht";
    /// <summary>Root element of an Fo03 fault message.</summary>
    public const string Fo03Element = "Fo03Bericht";

    /// <summary>SOAPAction of a Di01.</summary>
    public const string Di01Action = GgkNamespace + "/ggk_Di01";
    /// <summary>SOAPAction of a Du01.</summary>
    public const string Du01Action = GgkNamespace + "/ggk_Du01";
    /// <summary>SOAPAction of an Fo01.</summary>
    public const string Fo01Action = StufNamespace + "/Fo01";

    /// <summary>The fixed applicatie of the hub as receiver.</summary>
    public const string HubApplicatie = "GGk";

    /// <summary>The SOAPAction (without quotes) of a request message.</summary>
    public static string SoapAction(GgkBerichtcode berichtcode) => berichtcode switch
    {
        GgkBerichtcode.Di01 => Di01Action,
        GgkBerichtcode.Du01 => Du01Action,
        GgkBerichtcode.Fo01 => Fo01Action,
        _ => throw new ArgumentOutOfRangeException(nameof(berichtcode), berichtcode, "only Di01, Du01 and Fo01 are requests"),
    };
}
