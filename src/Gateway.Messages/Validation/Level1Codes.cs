namespace Gateway.Messages.Validation;

/// <summary>The level-1 codes.</summary>
public static class Level1Codes
{
    public const string Xml = "XML";
    public const string Xsd = "XSD";
    public const string Size = "SIZE";
    public const string Encoding = "ENCODING";
    public const string Unsupported = "UNSUPPORTED";
}
