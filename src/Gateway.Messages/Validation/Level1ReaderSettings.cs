using System.Xml;
using Gateway.Messages.Schemas;

namespace Gateway.Messages.Validation;

/// <summary>
/// The reader settings of one validator, made once: plain settings for finding the root (per thread, see below), and validating settings
/// per schema pack (on its first use). Never changed after construction, so shared by concurrent validations; the validating settings
/// carry one static handler that forwards each event to the run reading on the calling thread.
/// </summary>
/// <remarks>
/// The plain settings a document is read with carry a name table of the reading thread, shared by the documents that
/// thread reads one after another: a reader otherwise makes a table and a string for every element name of every
/// document (a fifth of what a small message's reader allocates). Names of an invalid document may be anything, so
/// the table is dropped after one; and it is renewed every <see cref="DocumentsPerNameTable"/> documents, so that
/// namespace prefixes, which a valid document may choose freely, cannot make it grow without bound.
/// </remarks>
internal sealed class Level1ReaderSettings
{
    private const int DocumentsPerNameTable = 1000;

    [ThreadStatic]
    private static XmlReaderSettings? t_plain;

    [ThreadStatic]
    private static int t_documents;

    private readonly Dictionary<SchemaPack, Lazy<XmlReaderSettings>> _validating;
    private readonly Dictionary<SchemaPack, Lazy<CompiledSchema?>> _compiled;
    private readonly long _maxCharacters;

    public Level1ReaderSettings(SchemaCatalog catalog, long maxCharacters)
    {
        _maxCharacters = maxCharacters;
        _validating = new Dictionary<SchemaPack, Lazy<XmlReaderSettings>>(ReferenceEqualityComparer.Instance);
        _compiled = new Dictionary<SchemaPack, Lazy<CompiledSchema?>>(ReferenceEqualityComparer.Instance);
        foreach (var pack in catalog.Packs)
        {
            // Made when the pack is first needed: its schema set may be compiled only then (SchemaCompilation.OnFirstUse).
            _validating[pack] = new Lazy<XmlReaderSettings>(
                () =>
                {
                    var settings = SafeXmlReaderSettings.Validating(maxCharacters, pack.SchemaSet);
                    settings.ValidationEventHandler += Level1Run.Dispatch;
                    return settings;
                },
                LazyThreadSafetyMode.ExecutionAndPublication);
            _compiled[pack] = new Lazy<CompiledSchema?>(() => CompiledSchema.TryCompile(pack.SchemaSet, out _), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The plain settings for the next document read on the calling thread, with the thread's name table.</summary>
    public XmlReaderSettings PlainOnThisThread()
    {
        var settings = t_plain;
        if (settings is null || settings.MaxCharactersInDocument != _maxCharacters || ++t_documents > DocumentsPerNameTable)
        {
            settings = SafeXmlReaderSettings.Plain(_maxCharacters);
            settings.NameTable = new NameTable();
            t_plain = settings;
            t_documents = 1;
        }

        return settings;
    }

    /// <summary>The document just read on this thread had issues: the next one starts a new name table.</summary>
    public static void ForgetNamesOnThisThread() => t_plain = null;

    public XmlReaderSettings Validating(SchemaPack pack) => _validating[pack].Value;

    /// <summary>The pack's compiled check, or null when its schemas use a construct the check does not know (fail closed).</summary>
    public CompiledSchema? Compiled(SchemaPack pack) => _compiled[pack].Value;
}
