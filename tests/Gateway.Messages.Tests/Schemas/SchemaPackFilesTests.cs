using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Schemas;

/// <summary>Checks the files under schemas/ and samples/: the packs compile, and every sample validates against its pack.</summary>
public sealed class SchemaPackFilesTests
{
    private const string Release = "3.2";

    public static TheoryData<string> Standards => new() { "ijw", "iwmo" };

    public static TheoryData<string, string> SampleFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var standard in new[] { "ijw", "iwmo" })
            {
                foreach (var file in Directory.EnumerateFiles(RepoPaths.Sample(standard), "*.xml").Order(StringComparer.Ordinal))
                {
                    data.Add(standard, Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Standards))]
    public void SchemaPack_Compiled_HasNoErrorsOrWarnings(string standard)
    {
        var (schemas, issues) = LoadPack(standard);

        Assert.Empty(issues);
        Assert.True(schemas.IsCompiled);
        Assert.Equal(15, schemas.Count);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_ValidatedAgainstItsPack_HasNoErrorsOrWarnings(string standard, string fileName)
    {
        var (schemas, packIssues) = LoadPack(standard);
        Assert.Empty(packIssues);
        var path = Path.Combine(RepoPaths.Sample(standard), fileName);

        var root = ReadRoot(path);
        var message = fileName[..fileName.IndexOf('-', StringComparison.Ordinal)];
        Assert.Equal("Bericht", root.Name);
        Assert.Equal($"http://www.istandaarden.nl/{standard}/3_2/{message}/schema", root.Namespace);
        Assert.Contains(schemas.Schemas(root.Namespace).Cast<XmlSchema>(), s => s.Elements.Contains(new XmlQualifiedName("Bericht", root.Namespace)));

        var issues = Validate(path, schemas);

        Assert.Empty(issues);
    }

    [Fact]
    public void Sample_FilesPerStandard_CoverEveryMessage()
    {
        foreach (var (standard, prefix) in new[] { ("ijw", "jw"), ("iwmo", "wmo") })
        {
            var names = Directory.EnumerateFiles(RepoPaths.Sample(standard), "*.xml").Select(Path.GetFileName).ToList();
            foreach (var code in MessageNumbers)
            {
                Assert.Contains(names, n => n!.StartsWith($"{prefix}{code}-", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Standards))]
    public void RetourCode_InPack_HasExactly59Values(string standard)
    {
        var (schemas, _) = LoadPack(standard);

        var codes = Enumeration(schemas, standard, "LDT_RetourCode");

        Assert.Equal(59, codes.Count);
        Assert.Equal(59, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("0001", codes);
        Assert.Contains("0200", codes);
        Assert.Contains("8001", codes);
        Assert.DoesNotContain("8002", codes);
    }

    [Fact]
    public void RedenBeeindiging_IjwAndIwmo_DifferAsTheStandardSays()
    {
        var ijw = Enumeration(LoadPack("ijw").Schemas, "ijw", "LDT_RedenBeeindiging");
        var iwmo = Enumeration(LoadPack("iwmo").Schemas, "iwmo", "LDT_RedenBeeindiging");

        Assert.Equal(["02", "20", "31", "32", "33", "34", "35", "36", "37", "38", "39"], ijw);
        Assert.Equal(["02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39"], iwmo);
    }

    private static readonly int[] MessageNumbers = [301, 302, 305, 306, 307, 308, 315, 316, 317, 318, 319, 320, 323, 325];

    private static string PackFolder(string standard) => Path.Combine(RepoPaths.Schemas, standard, Release);

    private static string BasisNamespace(string standard) => $"http://www.istandaarden.nl/{standard}/3_2/basisschema/schema";

    private static (XmlSchemaSet Schemas, List<string> Issues) LoadPack(string standard)
    {
        var folder = PackFolder(standard);
        var issues = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = new PackOnlyResolver(folder) };
        schemas.ValidationEventHandler += (_, e) => issues.Add($"{e.Severity}: {e.Message}");

        foreach (var file in Directory.EnumerateFiles(folder, "*.xsd").Order(StringComparer.Ordinal))
        {
            using var reader = XmlReader.Create(file, SafeReaderSettings());
            schemas.Add(null, reader);
        }

        schemas.Compile();
        return (schemas, issues);
    }

    private static XmlReaderSettings SafeReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    private static List<string> Validate(string path, XmlSchemaSet schemas)
    {
        var issues = new List<string>();
        var settings = SafeReaderSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = schemas;
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => issues.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {MaskNumbers(e.Message)}");

        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return issues;
    }

    /// <summary>Validator messages quote the offending value; a BSN must never reach test output.</summary>
    private static string MaskNumbers(string message) => Regex.Replace(message, "[0-9]{9}", "#########");

    private static (string Name, string Namespace) ReadRoot(string path)
    {
        using var reader = XmlReader.Create(path, SafeReaderSettings());
        reader.MoveToContent();
        return (reader.LocalName, reader.NamespaceURI);
    }

    private static List<string> Enumeration(XmlSchemaSet schemas, string standard, string typeName)
    {
        var type = schemas.GlobalTypes[new XmlQualifiedName(typeName, BasisNamespace(standard))];
        var simple = Assert.IsType<XmlSchemaSimpleType>(type);
        var restriction = Assert.IsType<XmlSchemaSimpleTypeRestriction>(simple.Content);
        return restriction.Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToList();
    }

    /// <summary>Resolves schema imports only to files inside one pack folder; anything else is refused.</summary>
    private sealed class PackOnlyResolver(string folder) : XmlResolver
    {
        private readonly string root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile)
            {
                throw new XmlException("Only files inside the schema pack may be loaded: " + absoluteUri);
            }

            var path = Path.GetFullPath(absoluteUri.LocalPath);
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new XmlException("Only files inside the schema pack may be loaded: " + absoluteUri);
            }

            return File.OpenRead(path);
        }
    }
}
