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

    public const string Di01Element = "envelopHeenbericht-ggk_Di01";
    public const string Du01Element = "envelopRetourbericht-ggk_Du01";
    public const string Fo01Element = "Fo01Bericht";
    public const string Bv03Element = "Bv03Bericht";
    public const string Fo03Element = "Fo03Bericht";

    public const string Di01Action = GgkNamespace + "/ggk_Di01";
    public const string Du01Action = GgkNamespace + "/ggk_Du01";
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
