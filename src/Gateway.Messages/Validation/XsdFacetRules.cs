namespace Gateway.Messages.Validation;

/// <summary>
/// Which rule of the standard an XSD facet implements, so a level-1 XSD issue can name it
/// (ValidationIssue.Rule). Keyed by element local name, then by simple type name. Kept in code, not
/// read from schemas/README.md, because an operator may deploy the official XSDs without our README;
/// the table there is the source and this list follows it.
/// </summary>
internal static class XsdFacetRules
{
    private static readonly Dictionary<string, string> ByElement = new(StringComparer.Ordinal)
    {
        ["BerichtVersie"] = "CS025",
        ["BerichtSubversie"] = "CS015",
        ["BerichtCode"] = "RS047",
    };

    private static readonly Dictionary<string, string> ByType = new(StringComparer.Ordinal)
    {
        ["LDT_Datum"] = "RS032",
        ["LDT_Tijd"] = "RS034",
    };

    /// <summary>The rule, or null when the facet implements no named rule (or we do not know it).</summary>
    public static string? Find(string? elementName, string? typeName) =>
        (elementName is not null && ByElement.TryGetValue(elementName, out var rule)) ? rule
        : (typeName is not null && ByType.TryGetValue(typeName, out rule)) ? rule
        : null;
}
