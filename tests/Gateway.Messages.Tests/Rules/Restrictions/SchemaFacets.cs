using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

/// <summary>Validates a sample against the schema pack of its standard, for rules the XSD enforces.</summary>
internal static partial class SchemaFacets
{
    /// <summary>The XSD errors of samples/{relative}, nine-digit numbers masked (a BSN never reaches test output).</summary>
    public static IReadOnlyList<string> Errors(string relative)
    {
        var path = RepoPaths.Sample(relative.Split('/'));
        var standard = File.ReadAllText(path).Contains("/iwmo/3_2/", StringComparison.Ordinal) ? "iwmo" : "ijw";
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Pack(standard),
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(NineDigits().Replace(e.Message, "#########"));

        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Pack(string standard)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Schemas, standard, "3.2"), "*.xsd").Order(StringComparer.Ordinal))
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            schemas.Add(null, reader);
        }

        schemas.Compile();
        return schemas;
    }

    [GeneratedRegex("[0-9]{9}")]
    private static partial Regex NineDigits();
}
