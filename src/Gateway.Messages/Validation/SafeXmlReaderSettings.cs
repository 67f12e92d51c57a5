using System.Runtime.CompilerServices;
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

    private static readonly ConditionalWeakTable<XmlSchemaSet, StrongBox<bool>> IdentityConstraintsBySet = [];

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
    /// errors); identity constraints checked when the set declares any (xs:key, xs:unique, xs:keyref — the
    /// iStandaarden 3.x schemas declare none, and the check costs time on every element); no ProcessInlineSchema,
    /// no ProcessSchemaLocation, no xml:* attributes.
    /// </summary>
    public static XmlReaderSettings Validating(long maxCharacters, XmlSchemaSet schemas)
    {
        var settings = Plain(maxCharacters);
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = schemas;
        settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings
            | (HasIdentityConstraints(schemas) ? XmlSchemaValidationFlags.ProcessIdentityConstraints : XmlSchemaValidationFlags.None);
        return settings;
    }

    /// <summary>
    /// Whether any element declaration of the compiled set (global, local, or in a global type or group, including
    /// included and imported schemas) has an xs:key, xs:unique or xs:keyref. Computed once per set.
    /// </summary>
    public static bool HasIdentityConstraints(XmlSchemaSet schemas) =>
        IdentityConstraintsBySet.GetValue(schemas, static set => new StrongBox<bool>(DeclaresIdentityConstraints(set))).Value;

    private static bool DeclaresIdentityConstraints(XmlSchemaSet set)
    {
        if (!set.IsCompiled)
        {
            set.Compile();
        }

        var visited = new HashSet<XmlSchemaObject>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<XmlSchemaObject>();
        foreach (XmlSchema schema in set.Schemas())
        {
            pending.Push(schema);
        }

        foreach (XmlSchemaElement element in set.GlobalElements.Values)
        {
            pending.Push(element);
        }

        foreach (XmlSchemaType type in set.GlobalTypes.Values)
        {
            pending.Push(type);
        }

        while (pending.TryPop(out var item))
        {
            if (item is null || !visited.Add(item))
            {
                continue;
            }

            switch (item)
            {
                case XmlSchema schema:
                    PushAll(pending, schema.Items);
                    foreach (XmlSchemaExternal external in schema.Includes)
                    {
                        if (external.Schema is { } included)
                        {
                            pending.Push(included);
                        }
                    }

                    break;
                case XmlSchemaElement element:
                    if (element.Constraints.Count > 0)
                    {
                        return true;
                    }

                    Push(pending, element.SchemaType);
                    Push(pending, element.ElementSchemaType);
                    break;
                case XmlSchemaComplexType complex:
                    Push(pending, complex.Particle);
                    Push(pending, complex.ContentTypeParticle);
                    if (complex.ContentModel?.Content is XmlSchemaComplexContentExtension extension)
                    {
                        Push(pending, extension.Particle);
                    }
                    else if (complex.ContentModel?.Content is XmlSchemaComplexContentRestriction restriction)
                    {
                        Push(pending, restriction.Particle);
                    }

                    break;
                case XmlSchemaGroup group:
                    Push(pending, group.Particle);
                    break;
                case XmlSchemaGroupBase groupBase:
                    PushAll(pending, groupBase.Items);
                    break;
            }
        }

        return false;
    }

    private static void Push(Stack<XmlSchemaObject> pending, XmlSchemaObject? item)
    {
        if (item is not null)
        {
            pending.Push(item);
        }
    }

    private static void PushAll(Stack<XmlSchemaObject> pending, XmlSchemaObjectCollection items)
    {
        foreach (var item in items)
        {
            pending.Push(item);
        }
    }
}
