namespace Gateway.Routing.Store;

/// <summary>The gemeenten whose messages a reader may see: all of them, or a set of gemeentecodes.</summary>
public sealed record GemeenteScope
{
    private GemeenteScope(IReadOnlySet<string>? gemeenten) => Gemeenten = gemeenten;

    /// <summary>Every gemeente (and messages without one): a regional operator or the command line.</summary>
    public static GemeenteScope All { get; } = new((IReadOnlySet<string>?)null);

    /// <summary>The gemeentecodes in scope; null for <see cref="All"/>.</summary>
    public IReadOnlySet<string>? Gemeenten { get; }

    /// <summary>True for <see cref="All"/>.</summary>
    public bool SeesAll => Gemeenten is null;

    /// <summary>Only these gemeentecodes (an empty set sees nothing).</summary>
    public static GemeenteScope Of(IEnumerable<string> gemeentecodes) => new(gemeentecodes.ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a message of this gemeentecode is in scope.</summary>
    public bool Includes(string? gemeentecode) => Gemeenten is null || (gemeentecode is not null && Gemeenten.Contains(gemeentecode));
}
