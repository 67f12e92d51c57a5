using Gateway.Storage.Protection;

namespace Gateway.Storage.KeyRotation;

/// <summary>
/// The keyed-hash columns of one table (from <see cref="KeyedHashColumns.All"/>, never a list of its own): a row's
/// hashes share the row's <see cref="KeyedHashColumns.GenerationColumn"/> and the rotation moves them together.
/// </summary>
internal sealed record KeyedHashTable(string Table, string RowKey, IReadOnlyList<KeyedHashColumn> Columns)
{
    /// <summary>Every table with keyed hashes, in the order of <see cref="KeyedHashColumns.All"/>.</summary>
    public static readonly IReadOnlyList<KeyedHashTable> All =
        [.. KeyedHashColumns.All.GroupBy(c => c.Table, StringComparer.Ordinal).Select(g => new KeyedHashTable(g.Key, g.First().RowKey, [.. g]))];

    /// <summary>table.column[/column…], for progress reports.</summary>
    public string Name => Table + "." + string.Join("/", Columns.Select(c => c.Column));

    /// <summary>The row's generation column.</summary>
    public static string GenerationColumn => KeyedHashColumns.GenerationColumn;
}
