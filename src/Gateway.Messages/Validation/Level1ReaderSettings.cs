using System.Xml;
using Gateway.Messages.Schemas;

namespace Gateway.Messages.Validation;

/// <summary>
/// The reader settings of one validator, made once: plain settings for finding the root, and validating settings
/// per schema pack (on its first use). Never changed after construction, so shared by concurrent validations; the validating settings
/// carry one static handler that forwards each event to the run reading on the calling thread.
/// </summary>
internal sealed class Level1ReaderSettings
{
    private readonly Dictionary<SchemaPack, Lazy<XmlReaderSettings>> _validating;

    public Level1ReaderSettings(SchemaCatalog catalog, long maxCharacters)
    {
        Plain = SafeXmlReaderSettings.Plain(maxCharacters);
        _validating = new Dictionary<SchemaPack, Lazy<XmlReaderSettings>>(ReferenceEqualityComparer.Instance);
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
        }
    }

    public XmlReaderSettings Plain { get; }

    public XmlReaderSettings Validating(SchemaPack pack) => _validating[pack].Value;
}
