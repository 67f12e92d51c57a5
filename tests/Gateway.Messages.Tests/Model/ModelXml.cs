using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Model;

/// <summary>Schema validation and content comparison for the model tests (the real schema loader lives elsewhere).</summary>
internal static class ModelXml
{
    private static readonly Dictionary<Standard, Lazy<XmlSchemaSet>> Sets = Enum.GetValues<Standard>()
        .ToDictionary(s => s, s => new Lazy<XmlSchemaSet>(() => LoadSchemas(s)));

    /// <summary>The XSD errors of a document against the 3.2 pack of its standard; empty when valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(byte[] document, Standard standard)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Sets[standard].Value,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(document), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>The document as (expanded name | text) tokens in document order, ignoring prefixes and whitespace.</summary>
    public static IReadOnlyList<string> Content(byte[] document)
    {
        using var stream = new MemoryStream(document);
        var doc = XDocument.Load(stream, LoadOptions.None);
        var tokens = new List<string>();
        foreach (var node in doc.DescendantNodes())
        {
            switch (node)
            {
                case XElement e:
                    tokens.Add("<" + e.Name.ToString());
                    break;
                case XText t when !string.IsNullOrWhiteSpace(t.Value):
                    tokens.Add("=" + t.Value);
                    break;
            }
        }

        return tokens;
    }

    private static XmlSchemaSet LoadSchemas(Standard standard)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var folder = Path.Combine(RepoPaths.Schemas, standard.Key(), "3.2");
        foreach (var file in Directory.GetFiles(folder, "*.xsd").Where(f => !Path.GetFileName(f).StartsWith("basisschema", StringComparison.Ordinal)))
        {
            set.Add(null, file);
        }

        set.Compile();
        return set;
    }
}
