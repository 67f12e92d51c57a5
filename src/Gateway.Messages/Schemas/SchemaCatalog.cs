using Gateway.Messages.Standards;

namespace Gateway.Messages.Schemas;

/// <summary>All schema packs loaded from one root folder, looked up by message namespace.</summary>
public sealed class SchemaCatalog
{
    private readonly Dictionary<string, (SchemaPack Pack, MessageSchema Schema)> _byNamespace;

    internal SchemaCatalog(string root, IReadOnlyList<SchemaPack> packs)
    {
        Root = root;
        Packs = packs;
        _byNamespace = packs
            .SelectMany(p => p.Messages.Select(m => (Pack: p, Schema: m)))
            .ToDictionary(x => x.Schema.Identity.Namespace, StringComparer.Ordinal);
        Namespaces = _byNamespace.ToDictionary(x => x.Key, x => x.Value.Schema.Identity, StringComparer.Ordinal);
        Releases = [.. packs.Select(p => p.Release).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The configured root folder.</summary>
    public string Root { get; }

    /// <summary>The schema packs found, one per standard and version.</summary>
    public IReadOnlyList<SchemaPack> Packs { get; }

    /// <summary>Message namespace → standard, message and release.</summary>
    public IReadOnlyDictionary<string, MessageIdentity> Namespaces { get; }

    /// <summary>The releases present, e.g. ["3.2"].</summary>
    public IReadOnlyList<string> Releases { get; }

    /// <summary>The message schema for a root namespace, or null when no loaded pack declares it.</summary>
    public MessageSchema? Find(string messageNamespace) =>
        _byNamespace.TryGetValue(messageNamespace, out var entry) ? entry.Schema : null;

    /// <summary>The message schema of one identity, or null.</summary>
    public MessageSchema? Find(MessageIdentity identity) => Find(identity.Namespace);

    /// <summary>Compiles every pack not compiled yet.</summary>
    /// <exception cref="SchemaPackException">A pack does not compile.</exception>
    public void CompileAll()
    {
        foreach (var pack in Packs)
        {
            _ = pack.SchemaSet;
        }
    }

    internal SchemaPack? FindPack(string messageNamespace) =>
        _byNamespace.TryGetValue(messageNamespace, out var entry) ? entry.Pack : null;
}
