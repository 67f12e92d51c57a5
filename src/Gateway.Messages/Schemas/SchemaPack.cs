using System.Xml.Schema;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Schemas;

/// <summary>The compiled schemas of one standard and release, e.g. iJw 3.2.</summary>
public sealed class SchemaPack
{
    private readonly Dictionary<MessageCode, MessageSchema> _messages;
    private readonly Lazy<XmlSchemaSet> _schemaSet;

    internal SchemaPack(Standard standard, string release, string directory, string basisschemaPath, IEnumerable<MessageSchema> messages, Func<XmlSchemaSet> compile)
    {
        Standard = standard;
        Release = release;
        Directory = directory;
        BasisschemaPath = basisschemaPath;
        _messages = messages.ToDictionary(m => m.Identity.Message);
        // Compiled once, by the first thread that needs it; a compile failure is kept and thrown to every later use.
        _schemaSet = new Lazy<XmlSchemaSet>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The standard this pack is for.</summary>
    public Standard Standard { get; }

    /// <summary>The release as written in the appinfo, e.g. "3.2".</summary>
    public string Release { get; }

    /// <summary>The folder the pack was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Path of the pack's basisschema XSD.</summary>
    public string BasisschemaPath { get; }

    /// <summary>The message schemas, in message-number order.</summary>
    public IReadOnlyList<MessageSchema> Messages => [.. _messages.Values.OrderBy(m => m.Identity.Message)];

    /// <summary>
    /// The compiled set (message schemas plus basisschema); read-only once compiled, shared by concurrent validations.
    /// </summary>
    /// <exception cref="SchemaPackException">The pack does not compile (when loaded with <see cref="SchemaCompilation.OnFirstUse"/>).</exception>
    internal XmlSchemaSet SchemaSet => _schemaSet.Value;

    /// <summary>The schema of one message, or null when the pack lacks it.</summary>
    public MessageSchema? Find(MessageCode message) => _messages.GetValueOrDefault(message);
}
