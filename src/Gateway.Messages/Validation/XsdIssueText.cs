using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// Turns the framework's schema-validation messages into sentences a provider understands, and makes
/// sure no value that could be a BSN is ever repeated.
/// </summary>
internal static partial class XsdIssueText
{
    private const int MaxListedValues = 25;

    /// <summary>What kind of facet failed, as far as the framework message tells.</summary>
    public static string? FailedFacet(string frameworkMessage) =>
        FacetFailed().Match(frameworkMessage) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>True when the message is about the value of an element (facet, datatype or fixed value).</summary>
    public static bool IsValueError(string frameworkMessage) =>
        InvalidValue().IsMatch(frameworkMessage) || FixedValue().IsMatch(frameworkMessage);

    /// <summary>A plain message for one validation error.</summary>
    public static string Describe(string frameworkMessage, string? elementName, XmlSchemaType? type)
    {
        var value = InvalidValue().Match(frameworkMessage);
        if (value.Success)
        {
            var element = StripNamespace(value.Groups["el"].Value);
            var reason = Reason(value.Groups["reason"].Value, type);
            var raw = value.Groups["val"].Value;
            return MayBeBsn(element, raw, type)
                ? $"Element '{element}' has an invalid value: {reason} (the value is not repeated here because it may be a BSN)."
                : $"Element '{element}' has an invalid value '{raw}': {reason}.";
        }

        if (FixedValue().Match(frameworkMessage) is { Success: true } fixedValue)
        {
            return $"Element '{StripNamespace(fixedValue.Groups[1].Value)}' does not have the value the schema fixes for it.";
        }

        var text = Redact(Simplify(frameworkMessage));
        return elementName is not null && !text.Contains($"'{elementName}'", StringComparison.Ordinal)
            ? $"Element '{elementName}': {text}"
            : text;
    }

    /// <summary>True when a value must not be echoed: BSN elements and types, and any run of eight or more digits.</summary>
    public static bool MayBeBsn(string? element, string value, XmlSchemaType? type) =>
        (element?.Contains("Bsn", StringComparison.OrdinalIgnoreCase) ?? false)
        || (type?.QualifiedName.Name.Contains("BurgerServicenummer", StringComparison.OrdinalIgnoreCase) ?? false)
        || LongDigitRun().IsMatch(value);

    /// <summary>Replaces every run of eight or more digits.</summary>
    public static string Redact(string text) => LongDigitRun().Replace(text, "(number not shown)");

    /// <summary>Drops namespace URIs from a framework message.</summary>
    public static string Simplify(string message)
    {
        var text = InNamespace().Replace(message, string.Empty);
        return QualifiedName().Replace(text, "'$1'");
    }

    private static string StripNamespace(string qualified) =>
        qualified.LastIndexOf(':') is var i and >= 0 ? qualified[(i + 1)..] : qualified;

    private static string Reason(string frameworkReason, XmlSchemaType? type)
    {
        var facet = FacetFailed().Match(frameworkReason);
        if (facet.Success)
        {
            return FacetReason(facet.Groups[1].Value, type);
        }

        var notValid = NotValidValue().Match(frameworkReason);
        if (notValid.Success)
        {
            return notValid.Groups[1].Value switch
            {
                "Date" => "not a valid date (yyyy-mm-dd)",
                "Time" => "not a valid time (hh:mm:ss)",
                "DateTime" => "not a valid date and time (yyyy-mm-ddThh:mm:ss)",
                "Integer" or "Int32" or "Int64" or "Decimal" or "Int16" or "Byte" or "UInt32" or "UInt64" => "not a whole number",
                "Boolean" => "not true or false",
                var other => "not a valid " + other.ToLowerInvariant() + " value",
            };
        }

        return Redact(Simplify(frameworkReason)).TrimEnd('.');
    }

    private static string FacetReason(string facet, XmlSchemaType? type)
    {
        var facets = Facets(type);
        string? First<T>()
            where T : XmlSchemaFacet => facets.OfType<T>().Select(f => f.Value).FirstOrDefault();

        return facet switch
        {
            "Pattern" => facets.OfType<XmlSchemaPatternFacet>().Select(f => f.Value).ToList() is { Count: > 0 } patterns
                ? "it does not have the required format (pattern " + string.Join(" and ", patterns.Distinct(StringComparer.Ordinal)) + ")"
                : "it does not have the required format",
            "Enumeration" => facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToList() is { Count: > 0 } codes
                ? "it is not one of the allowed values (" + string.Join(", ", codes.Take(MaxListedValues)) + (codes.Count > MaxListedValues ? ", …" : string.Empty) + ")"
                : "it is not one of the allowed values",
            "MaxLength" => First<XmlSchemaMaxLengthFacet>() is { } max ? $"it is longer than {max} characters" : "it is too long",
            "MinLength" => First<XmlSchemaMinLengthFacet>() is { } min ? $"it is shorter than {min} characters (empty elements are not allowed)" : "it is too short",
            "Length" => First<XmlSchemaLengthFacet>() is { } len ? $"it must be exactly {len} characters long" : "it has the wrong length",
            "MaxInclusive" => First<XmlSchemaMaxInclusiveFacet>() is { } hi ? $"it is greater than the maximum {hi}" : "it is too large",
            "MinInclusive" => First<XmlSchemaMinInclusiveFacet>() is { } lo ? $"it is less than the minimum {lo}" : "it is too small",
            "MaxExclusive" => First<XmlSchemaMaxExclusiveFacet>() is { } hx ? $"it must be less than {hx}" : "it is too large",
            "MinExclusive" => First<XmlSchemaMinExclusiveFacet>() is { } lx ? $"it must be greater than {lx}" : "it is too small",
            "TotalDigits" => First<XmlSchemaTotalDigitsFacet>() is { } td ? $"it has more than {td} digits" : "it has too many digits",
            "FractionDigits" => "it has too many digits after the decimal point",
            _ => $"the {facet} constraint of the schema failed",
        };
    }

    /// <summary>The facets of a simple type and its base types, most derived first.</summary>
    private static List<XmlSchemaFacet> Facets(XmlSchemaType? type)
    {
        var facets = new List<XmlSchemaFacet>();
        for (var t = type; t is not null; t = t.BaseXmlSchemaType)
        {
            if (t is XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction restriction })
            {
                facets.AddRange(restriction.Facets.OfType<XmlSchemaFacet>());
            }
            else if (t is XmlSchemaComplexType { ContentModel.Content: XmlSchemaSimpleContentRestriction simple })
            {
                facets.AddRange(simple.Facets.OfType<XmlSchemaFacet>());
            }
        }

        return facets;
    }

    [GeneratedRegex(@"^The '(?<el>[^']*)' element is invalid - The value '(?<val>.*)' is invalid according to its datatype '[^']*' - (?<reason>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InvalidValue();

    [GeneratedRegex(@"The (\w+) constraint failed", RegexOptions.CultureInvariant)]
    private static partial Regex FacetFailed();

    [GeneratedRegex(@"is not a valid (\w+) value", RegexOptions.CultureInvariant)]
    private static partial Regex NotValidValue();

    [GeneratedRegex(@"^The value of the '([^']*)' element does not equal its fixed value", RegexOptions.CultureInvariant)]
    private static partial Regex FixedValue();

    [GeneratedRegex(@" in namespace '[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex InNamespace();

    [GeneratedRegex(@"'(?:[a-z]+://[^']*:)([^':]+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"[0-9]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitRun();
}
