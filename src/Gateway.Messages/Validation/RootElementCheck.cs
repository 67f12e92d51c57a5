using Gateway.Messages.Privacy;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Validation;

/// <summary>
/// Checks the root element before validation: it must be Bericht in a namespace of a loaded pack.
/// Needed because a validating reader only warns about a namespace it has no schema for.
/// </summary>
internal static class RootElementCheck
{
    /// <summary>Null when the root is fine; otherwise why it is refused (code UNSUPPORTED).</summary>
    public static string? Problem(SchemaCatalog catalog, string localName, string ns)
    {
        // Only what the catalog knows is used as is; the name and namespace of the input are echoed bounded and masked.
        var name = EchoText.Value(localName);
        var nsEcho = EchoText.Value(ns);
        var schema = catalog.Find(ns);
        if (schema is not null)
        {
            return localName == "Bericht"
                ? null
                : $"The root element is '{name}' in namespace '{nsEcho}'; an {schema.Identity} message must have the root element 'Bericht'.";
        }

        var supported = string.Join(", ", catalog.Releases);
        var parsed = IstandaardenNamespace.TryParse(ns);
        if (parsed is null)
        {
            var nsText = ns.Length == 0 ? "no namespace" : $"namespace '{nsEcho}'";
            return $"The root element '{name}' has {nsText}, which is not an iJw or iWmo message namespace. Expected 'Bericht' in a namespace such as {Example(catalog)} (supported releases: {supported}).";
        }

        if (parsed.MessageNumber is { } number && RetiredMessages.IsRetired(number))
        {
            return $"{parsed.Name} (release {parsed.Release}) is not supported: {RetiredMessages.Why}. Send a {RetiredMessages.Successor(number)} of release {supported} instead.";
        }

        if (parsed.IsBasisschema)
        {
            return $"The root element '{name}' is in the basisschema namespace '{nsEcho}'; a message has the root element 'Bericht' in its message namespace.";
        }

        if (!catalog.Releases.Contains(parsed.Release))
        {
            return $"{parsed.Name}: release {parsed.Release} is not supported; supported: {supported}.";
        }

        return $"{parsed.Name} is not a message of release {parsed.Release} of {parsed.Standard.Key()}, or its schema is not loaded.";
    }

    private static string Example(SchemaCatalog catalog) =>
        catalog.Namespaces.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? "http://www.istandaarden.nl/ijw/3_2/jw301/schema";
}
