using System.Xml;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// The one place where reader settings are made: no DTDs, no resolver, bounded size, no inline schemas,
/// no schemaLocation hints. Everything that reads untrusted XML (or our schema files) starts here.
/// </summary>
internal static class SafeXmlReaderSettings
{
    /// <summary>Expansion of entities is never needed: DTDs are refused, and the five predefined entities do not count.</summary>
    public const long MaxCharactersFromEntities = 1024;

    /// <summary>Settings for reading without validation.</summary>
    public static XmlReaderSettings Plain(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        ValidationType = ValidationType.None,
        ValidationFlags = XmlSchemaValidationFlags.None,
        CloseInput = false,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
    };

    /// <summary>
    /// Settings for validating against a compiled set. Flags: warnings reported (the caller treats them as
    /// errors), identity constraints checked; no ProcessInlineSchema, no ProcessSchemaLocation, no xml:* attributes.
    /// </summary>
    public static XmlReaderSettings Validating(long maxCharacters, XmlSchemaSet schemas)
    {
        var settings = Plain(maxCharacters);
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = schemas;
        settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints;
        return settings;
    }
}
