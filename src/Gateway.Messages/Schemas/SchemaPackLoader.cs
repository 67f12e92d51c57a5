using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Schemas;

/// <summary>
/// Loads schema packs from &lt;root&gt;/{ijw|iwmo}/{release}/*.xsd. Schemas are recognised by their
/// targetNamespace, not their file names, so the officially published XSDs can be used as they are.
/// </summary>
public static class SchemaPackLoader
{
    /// <summary>Schema files are small; this bounds a damaged or hostile file.</summary>
    private const long MaxSchemaCharacters = 16L * 1024 * 1024;

    private static readonly ConcurrentDictionary<string, Lazy<SchemaCatalog>> Cache = new(StringComparer.Ordinal);

    /// <summary>Loads (once per root folder, thread-safe) and caches all packs under <paramref name="root"/>.</summary>
    /// <param name="root">The schema root folder.</param>
    /// <param name="compilation">
    /// When the packs' schema sets are compiled: all at once here (a broken pack fails now), or each on its first
    /// use — for a short-lived process that may need only one standard.
    /// </param>
    public static SchemaCatalog LoadCached(string root, SchemaCompilation compilation = SchemaCompilation.AtLoad)
    {
        var key = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var lazy = Cache.GetOrAdd(key, k => new Lazy<SchemaCatalog>(() => Load(k, SchemaCompilation.OnFirstUse), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var catalog = lazy.Value;
            if (compilation == SchemaCompilation.AtLoad)
            {
                catalog.CompileAll();
            }

            return catalog;
        }
        catch (SchemaPackException)
        {
            Cache.TryRemove(new KeyValuePair<string, Lazy<SchemaCatalog>>(key, lazy));
            throw;
        }
    }

    /// <summary>Loads and compiles all packs under <paramref name="root"/>; throws <see cref="SchemaPackException"/>.</summary>
    public static SchemaCatalog Load(string root) => Load(root, SchemaCompilation.AtLoad);

    /// <summary>Loads all packs under <paramref name="root"/>, compiling their schema sets now or on first use.</summary>
    public static SchemaCatalog Load(string root, SchemaCompilation compilation)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!Directory.Exists(full))
        {
            throw SchemaPackException.For(full, "the schema root folder does not exist");
        }

        var packs = new List<SchemaPack>();
        foreach (var standardDir in Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal))
        {
            if (!StandardNames.TryParse(Path.GetFileName(standardDir), out var standard))
            {
                continue;
            }

            foreach (var releaseDir in Directory.EnumerateDirectories(standardDir).Order(StringComparer.Ordinal))
            {
                packs.Add(LoadPack(releaseDir, standard, Path.GetFileName(releaseDir), compilation));
            }
        }

        if (packs.Count == 0)
        {
            throw SchemaPackException.For(full, "no schema packs found; expected folders <root>/ijw/<release>/ or <root>/iwmo/<release>/ holding .xsd files");
        }

        var duplicate = packs.GroupBy(p => (p.Standard, p.Release)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw SchemaPackException.For(full, $"{duplicate.Key.Standard.Key()} release {duplicate.Key.Release} is present in more than one folder: {string.Join(", ", duplicate.Select(p => p.Directory))}");
        }

        var catalog = new SchemaCatalog(full, packs);
        if (compilation == SchemaCompilation.AtLoad)
        {
            catalog.CompileAll();
        }

        return catalog;
    }

    /// <summary>Loads and compiles one pack folder; the folder names give the expected standard and release.</summary>
    public static SchemaPack LoadPack(string directory, Standard standard, string release) =>
        LoadPack(directory, standard, release, SchemaCompilation.AtLoad);

    /// <summary>Loads one pack folder, compiling its schema set now or on first use.</summary>
    public static SchemaPack LoadPack(string directory, Standard standard, string release, SchemaCompilation compilation)
    {
        var dir = Path.GetFullPath(directory);
        var files = Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir).Where(f => string.Equals(Path.GetExtension(f), ".xsd", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
            : throw SchemaPackException.For(dir, "the schema pack folder does not exist");

        var messages = new List<(string File, XmlSchema Schema, IstandaardenNamespace Ns)>();
        (string File, XmlSchema Schema)? basis = null;
        foreach (var file in files)
        {
            var schema = ReadSchema(file);
            var ns = IstandaardenNamespace.TryParse(schema.TargetNamespace)
                ?? throw SchemaPackException.For(file, $"targetNamespace '{schema.TargetNamespace}' is not an iJw/iWmo message or basisschema namespace");
            if (ns.Standard != standard || ns.Release != release)
            {
                throw SchemaPackException.For(file, $"targetNamespace '{schema.TargetNamespace}' belongs to {ns.Standard.Key()} {ns.Release}, but the file is in the folder for {standard.Key()} {release}");
            }

            if (ns.IsBasisschema)
            {
                basis = basis is null
                    ? (file, schema)
                    : throw SchemaPackException.For(file, $"a second basisschema (the first is {basis.Value.File})");
            }
            else
            {
                messages.Add((file, schema, ns));
            }
        }

        if (basis is null)
        {
            throw SchemaPackException.For(dir, $"no basisschema (targetNamespace {MessageIdentityBasis(standard, release)}) found");
        }

        if (messages.Count == 0)
        {
            throw SchemaPackException.For(dir, "no message schemas found");
        }

        var basisInfo = SchemaAppInfo.From(basis.Value.Schema);
        var schemas = new List<MessageSchema>();
        foreach (var (file, schema, ns) in messages)
        {
            if (!MessageCatalog.TryParseNumber(ns.MessageNumber!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var code))
            {
                throw SchemaPackException.For(file, $"{ns.Name} is not a message of release {release}");
            }

            var identity = new MessageIdentity(standard, code, release);
            if (schemas.Any(s => s.Identity == identity))
            {
                throw SchemaPackException.For(file, $"a second schema for {identity} (the first is {schemas.First(s => s.Identity == identity).FilePath})");
            }

            var info = SchemaAppInfo.From(schema);
            CheckAppInfo(info, file, ns, release);
            var bericht = info.Range("Bericht", file)
                ?? throw SchemaPackException.For(file, "the appinfo lacks BerichtXsdVersie");
            var basisRange = info.Range("Basisschema", file) ?? basisInfo.Range("Basisschema", basis.Value.File)
                ?? throw SchemaPackException.For(file, "neither this schema's appinfo nor the basisschema's gives BasisschemaXsdVersie");
            schemas.Add(new MessageSchema(identity, file, bericht, basisRange));
        }

        // The set is filled when the pack is compiled: adding a schema already reads and preprocesses the basisschema it
        // imports, work a batch of the other standard never needs.
        var pack = new SchemaPack(standard, release, dir, basis.Value.File, schemas, () => Compile(messages.Select(m => m.Schema), dir, standard, release, basis.Value.File));
        if (compilation == SchemaCompilation.AtLoad)
        {
            _ = pack.SchemaSet;
        }

        return pack;
    }

    private static XmlSchemaSet Compile(IEnumerable<XmlSchema> messageSchemas, string dir, Standard standard, string release, string basisFile)
    {
        var resolver = new PackDirectoryResolver(dir, basisFile);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) => problems.Add(Describe(e));
        foreach (var schema in messageSchemas)
        {
            set.Add(schema);
        }

        try
        {
            set.Compile();
        }
        catch (XmlSchemaException ex)
        {
            problems.Add(Describe(ex));
        }

        if (!set.Schemas(MessageIdentityBasis(standard, release)).Cast<XmlSchema>().Any())
        {
            problems.Add($"no message schema imports the basisschema {basisFile}");
        }

        if (problems.Count > 0 || resolver.Refusals.Count > 0)
        {
            throw SchemaPackException.For(dir, "the schemas do not compile: " + string.Join("; ", resolver.Refusals.Concat(problems)));
        }

        return set;
    }

    private static string MessageIdentityBasis(Standard standard, string release) => MessageIdentity.BasisNamespace(standard, release);

    private static void CheckAppInfo(SchemaAppInfo info, string file, IstandaardenNamespace ns, string release)
    {
        if (info["standaard"] is { } s && !string.Equals(s, ns.Standard.Key(), StringComparison.OrdinalIgnoreCase))
        {
            throw SchemaPackException.For(file, $"appinfo standaard '{s}' does not match the targetNamespace ({ns.Standard.Key()})");
        }

        if (info["bericht"] is { } b && !string.Equals(b, ns.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw SchemaPackException.For(file, $"appinfo bericht '{b}' does not match the targetNamespace ({ns.Name})");
        }

        if (info["release"] is { } r && r != release)
        {
            throw SchemaPackException.For(file, $"appinfo release '{r}' does not match the folder and targetNamespace ({release})");
        }
    }

    private static XmlSchema ReadSchema(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = XmlReader.Create(stream, SafeXmlReaderSettings.Plain(MaxSchemaCharacters), new Uri(file).AbsoluteUri);
            var problems = new List<string>();
            var schema = XmlSchema.Read(reader, (_, e) => problems.Add(Describe(e)))
                ?? throw SchemaPackException.For(file, "not an XML schema");
            return problems.Count == 0 ? schema : throw SchemaPackException.For(file, string.Join("; ", problems));
        }
        catch (Exception ex) when (ex is XmlException or XmlSchemaException or IOException or UnauthorizedAccessException)
        {
            throw SchemaPackException.For(file, "cannot be read as an XML schema: " + ex.Message, ex);
        }
    }

    private static string Describe(ValidationEventArgs e) => Describe(e.Exception);

    private static string Describe(XmlSchemaException ex)
    {
        var where = ex.SourceUri is { Length: > 0 } uri ? new Uri(uri).LocalPath : "(unknown file)";
        return FormattableString.Invariant($"{where} line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}");
    }
}
