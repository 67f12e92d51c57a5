using System.Xml.Schema;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Schemas;

/// <summary>The compiled schemas of one standard and release, e.g. iJw 3.2.</summary>
public sealed class SchemaPack
{
    private readonly Dictionary<MessageCode, MessageSchema> _messages;

    internal SchemaPack(Standard standard, string release, string directory, string basisschemaPath, IEnumerable<MessageSchema> messages, XmlSchemaSet schemaSet)
    {
        Standard = standard;
        Release = release;
        Directory = directory;
        BasisschemaPath = basisschemaPath;
        _messages = messages.ToDictionary(m => m.Identity.Message);
        SchemaSet = schemaSet;
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

    /// <summary>The compiled set (message schemas plus basisschema); read-only after loading, shared by concurrent validations.</summary>
    internal XmlSchemaSet SchemaSet { get; }

    /// <summary>The schema of one message, or null when the pack lacks it.</summary>
    public MessageSchema? Find(MessageCode message) => _messages.GetValueOrDefault(message);
}
