using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Schemas;

public sealed class SchemaPackLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"packs-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Copies the checked-in iJw 3.2 pack (only 301 and the basisschema) under a temporary root, renamed by <paramref name="rename"/>.</summary>
    private string CopyIjwPack(Func<string, string>? rename = null, Func<string, string>? edit301 = null)
    {
        var target = Path.Combine(_root, "ijw", "3.2");
        Directory.CreateDirectory(target);
        foreach (var name in new[] { "basisschema.xsd", "jw301.xsd" })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Schemas, "ijw", "3.2", name));
            if (name == "jw301.xsd" && edit301 is not null)
            {
                text = edit301(text);
            }

            File.WriteAllText(Path.Combine(target, rename?.Invoke(name) ?? name), text);
        }

        return target;
    }

    [Fact]
    public void Load_CheckedInPacks_ExposeAllMessagesByNamespace()
    {
        var catalog = SchemaPackLoader.Load(RepoPaths.Schemas);

        Assert.Equal(["3.2"], catalog.Releases);
        Assert.Equal(28, catalog.Namespaces.Count);
        Assert.Equal(new MessageIdentity(Standard.Iwmo, MessageCode.Declaratie, "3.2"), catalog.Namespaces["http://www.istandaarden.nl/iwmo/3_2/wmo323/schema"]);
        foreach (var standard in new[] { Standard.Ijw, Standard.Iwmo })
        {
            foreach (var info in MessageCatalog.Messages)
            {
                Assert.NotNull(catalog.Find(new MessageIdentity(standard, info.Code, "3.2")));
            }
        }
    }

    [Fact]
    public void Load_Appinfo_GivesAcceptedXsdVersieRange()
    {
        CopyIjwPack(edit301: t => t
            .Replace("<ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>", "<ijw:BerichtXsdVersie>1.2.0</ijw:BerichtXsdVersie>", StringComparison.Ordinal)
            .Replace("<ijw:BerichtXsdMaxVersie>1.0.0</ijw:BerichtXsdMaxVersie>", "<ijw:BerichtXsdMaxVersie>1.2.0</ijw:BerichtXsdMaxVersie>", StringComparison.Ordinal));

        var schema = SchemaPackLoader.Load(_root).Find(new MessageIdentity(Standard.Ijw, MessageCode.Toewijzing, "3.2"))!;

        Assert.Equal(new XsdVersion(1, 2, 0), schema.BerichtXsdVersie.Current);
        Assert.True(schema.BerichtXsdVersie.Contains(new XsdVersion(1, 1, 5)));
        Assert.False(schema.BerichtXsdVersie.Contains(new XsdVersion(1, 3, 0)));
        Assert.Equal("1.0.0", schema.BasisschemaXsdVersie.ToString());
    }

    [Fact]
    public void Load_FileNamesInOtherCase_AreFoundByNamespace()
    {
        CopyIjwPack(rename: n => n == "basisschema.xsd" ? "Basisschema.xsd" : "JW301.XSD");

        var catalog = SchemaPackLoader.Load(_root);
        var validator = new Level1Validator(catalog);

        Assert.Single(catalog.Namespaces);
        Assert.True(validator.Validate(Gateway.Messages.Tests.Validation.Jw301Document.Bytes(Gateway.Messages.Tests.Validation.Jw301Document.Valid)).IsValid);
    }

    [Fact]
    public void Load_ImportFromHttp_RefusedWithoutConnecting()
    {
        using var listener = new LoopbackRecorder();
        CopyIjwPack(edit301: t => t.Replace("schemaLocation=\"basisschema.xsd\"", $"schemaLocation=\"{listener.Url("basisschema.xsd")}\"", StringComparison.Ordinal));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("refused to read http://127.0.0.1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public void Load_ImportOutsideThePackFolder_Refused()
    {
        var outside = Path.Combine(_root, "elsewhere.xsd");
        Directory.CreateDirectory(_root);
        File.WriteAllText(outside, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
        CopyIjwPack(edit301: t => t.Replace("schemaLocation=\"basisschema.xsd\"", "schemaLocation=\"../../elsewhere.xsd\"", StringComparison.Ordinal));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("only files inside the schema pack folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SchemaWithDoctype_RefusedNamingTheFile()
    {
        var dir = CopyIjwPack(edit301: t => t.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE xs:schema [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Equal(Path.Combine(dir, "jw301.xsd"), ex.FilePath);
    }

    [Fact]
    public void Load_MissingBasisschema_NamesTheFolder()
    {
        var dir = CopyIjwPack();
        File.Delete(Path.Combine(dir, "basisschema.xsd"));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("no basisschema", ex.Message, StringComparison.Ordinal);
        Assert.Equal(dir, ex.FilePath);
    }

    [Fact]
    public void Load_AppinfoWithoutBerichtXsdVersie_NamesTheFile()
    {
        var dir = CopyIjwPack(edit301: t => t.Replace("<ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>", string.Empty, StringComparison.Ordinal)
            .Replace("<ijw:BerichtXsdMinVersie>1.0.0</ijw:BerichtXsdMinVersie>", string.Empty, StringComparison.Ordinal)
            .Replace("<ijw:BerichtXsdMaxVersie>1.0.0</ijw:BerichtXsdMaxVersie>", string.Empty, StringComparison.Ordinal));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("BerichtXsdVersie", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(dir, "jw301.xsd"), ex.FilePath);
    }

    [Fact]
    public void Load_NamespaceOfOtherRelease_NamesFileAndFolder()
    {
        CopyIjwPack(edit301: t => t.Replace("3_2/jw301", "3_3/jw301", StringComparison.Ordinal));

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("jw301.xsd", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ijw 3.3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyRoot_ExplainsTheExpectedLayout()
    {
        Directory.CreateDirectory(_root);

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("<root>/ijw/<release>/", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadCached_SameRoot_ReturnsTheSameCatalog()
    {
        Assert.Same(SchemaPackLoader.LoadCached(RepoPaths.Schemas), SchemaPackLoader.LoadCached(RepoPaths.Schemas + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Load_OnFirstUse_PackThatDoesNotCompile_FailsOnlyTheValidationThatNeedsIt()
    {
        CopyIjwPack(edit301: BreakFirstTypeReference);
        var iwmo = Directory.CreateDirectory(Path.Combine(_root, "iwmo", "3.2")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Schemas, "iwmo", "3.2"), "*.xsd"))
        {
            File.Copy(file, Path.Combine(iwmo, Path.GetFileName(file)));
        }

        var catalog = SchemaPackLoader.Load(_root, SchemaCompilation.OnFirstUse);
        var validator = new Level1Validator(catalog);

        Assert.True(validator.Validate(RepoPaths.SampleBytes("iwmo", "wmo301-toewijzing.xml")).IsValid);
        var ex = Assert.Throws<SchemaPackException>(() => validator.Validate(RepoPaths.SampleBytes("ijw", "jw301-toewijzing.xml")));
        Assert.Contains("do not compile", ex.Message, StringComparison.Ordinal);
        Assert.Throws<SchemaPackException>(catalog.CompileAll);
    }

    [Fact]
    public void Load_AtLoad_PackThatDoesNotCompile_FailsTheLoad()
    {
        CopyIjwPack(edit301: BreakFirstTypeReference);

        var ex = Assert.Throws<SchemaPackException>(() => SchemaPackLoader.Load(_root));

        Assert.Contains("do not compile", ex.Message, StringComparison.Ordinal);
    }

    private static string BreakFirstTypeReference(string xsd)
    {
        var at = xsd.IndexOf("type=\"ijw:", StringComparison.Ordinal);
        Assert.True(at > 0);
        return xsd.Insert(at + "type=\"ijw:".Length, "Onbekend");
    }
}
