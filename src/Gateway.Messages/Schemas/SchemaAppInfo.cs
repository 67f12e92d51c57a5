using System.Xml;
using System.Xml.Schema;

namespace Gateway.Messages.Schemas;

/// <summary>
/// The name/value pairs of a schema's top-level xs:appinfo (standaard, bericht, release,
/// BerichtXsdVersie, BerichtXsdMinVersie, …), read by local name whatever prefix the publisher used.
/// </summary>
internal sealed class SchemaAppInfo
{
    private readonly Dictionary<string, string> _values;

    private SchemaAppInfo(Dictionary<string, string> values) => _values = values;

    public static SchemaAppInfo From(XmlSchema schema)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var annotation in schema.Items.OfType<XmlSchemaAnnotation>())
        {
            foreach (var appInfo in annotation.Items.OfType<XmlSchemaAppInfo>())
            {
                foreach (var element in appInfo.Markup?.OfType<XmlElement>() ?? [])
                {
                    values.TryAdd(element.LocalName, element.InnerText.Trim());
                }
            }
        }

        return new SchemaAppInfo(values);
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>
    /// The range named by {prefix}XsdVersie / {prefix}XsdMinVersie / {prefix}XsdMaxVersie; a missing
    /// min or max falls back to the current version. Null when the current version is absent.
    /// </summary>
    public XsdVersionRange? Range(string prefix, string file)
    {
        if (this[prefix + "XsdVersie"] is not { } currentText)
        {
            return null;
        }

        var current = Parse(currentText, prefix + "XsdVersie", file);
        var min = this[prefix + "XsdMinVersie"] is { } minText ? Parse(minText, prefix + "XsdMinVersie", file) : current;
        var max = this[prefix + "XsdMaxVersie"] is { } maxText ? Parse(maxText, prefix + "XsdMaxVersie", file) : current;
        if (min > max)
        {
            throw SchemaPackException.For(file, $"appinfo {prefix}XsdMinVersie {min} is greater than {prefix}XsdMaxVersie {max}");
        }

        return new XsdVersionRange(current, min, max);
    }

    private static XsdVersion Parse(string text, string name, string file) =>
        XsdVersion.TryParse(text, out var version)
            ? version
            : throw SchemaPackException.For(file, $"appinfo {name} '{text}' is not a version of the form n.n.n");
}
