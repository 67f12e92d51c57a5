namespace Gateway.Messages.Validation;

/// <summary>The level-1 codes.</summary>
public static class Level1Codes
{
    /// <summary>Not well-formed XML.</summary>
    public const string Xml = "XML";
    /// <summary>Not valid against the XSD.</summary>
    public const string Xsd = "XSD";
    /// <summary>Larger than allowed.</summary>
    public const string Size = "SIZE";
    /// <summary>Not UTF-8 or with a wrong encoding declaration.</summary>
    public const string Encoding = "ENCODING";
    /// <summary>A standard, message or version the gateway does not handle.</summary>
    public const string Unsupported = "UNSUPPORTED";
}
