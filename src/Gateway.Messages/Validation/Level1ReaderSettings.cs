using System.Xml;
using Gateway.Messages.Schemas;

namespace Gateway.Messages.Validation;

/// <summary>
/// The reader settings of one validator, made once: plain settings for finding the root, and validating settings
/// per schema pack. Never changed after construction, so shared by concurrent validations; the validating settings
/// carry one static handler that forwards each event to the run reading on the calling thread.
/// </summary>
internal sealed class Level1ReaderSettings
{
    private readonly Dictionary<SchemaPack, XmlReaderSettings> _validating;

    public Level1ReaderSettings(SchemaCatalog catalog, long maxCharacters)
    {
        Plain = SafeXmlReaderSettings.Plain(maxCharacters);
        _validating = new Dictionary<SchemaPack, XmlReaderSettings>(ReferenceEqualityComparer.Instance);
        foreach (var pack in catalog.Packs)
        {
            var settings = SafeXmlReaderSettings.Validating(maxCharacters, pack.SchemaSet);
            settings.ValidationEventHandler += Level1Run.Dispatch;
            _validating[pack] = settings;
        }
    }

    public XmlReaderSettings Plain { get; }

    public XmlReaderSettings Validating(SchemaPack pack) => _validating[pack];
}
