using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Gateway.Storage.Relational;

/// <summary>
/// The reads one unit of work has made, answered again without a statement while nothing has written on its connection
/// since (the ledger's rules ask the same client's history once per product or prestatie), and the locks it already holds.
/// </summary>
internal sealed class UnitReads(DbConnection connection)
{
    private readonly Dictionary<string, (long Writes, object Rows)> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _locks = new(StringComparer.Ordinal);

    /// <summary>The rows of <paramref name="sql"/> with <paramref name="parameters"/>: read once, then again only after a write.</summary>
    public async Task<IReadOnlyList<T>> GetOrReadAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<Task<IReadOnlyList<T>>> read)
    {
        var key = Key(sql, parameters);
        var writes = StatementCount.WritesOn(connection);
        if (writes is { } now && _rows.TryGetValue(key, out var kept) && kept.Writes == now && kept.Rows is IReadOnlyList<T> rows)
        {
            return rows;
        }

        var fresh = await read();
        if (writes is { } before && StatementCount.WritesOn(connection) == before)
        {
            _rows[key] = (before, fresh);
        }

        return fresh;
    }

    /// <summary>Whether this unit holds the transaction-scoped lock <paramref name="key"/> already (held until the transaction ends).</summary>
    public bool Holds(string key) => _locks.Contains(key);

    /// <summary>Notes that this unit took the transaction-scoped lock <paramref name="key"/>.</summary>
    public void Held(string key) => _locks.Add(key);

    private static string Key(string sql, (string Name, object? Value)[] parameters)
    {
        var key = new StringBuilder(sql);
        foreach (var (name, value) in parameters)
        {
            key.Append('\0').Append(name).Append('=').Append(value switch
            {
                null => "null",
                byte[] bytes => "0x" + Convert.ToHexString(bytes),
                _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
            });
        }

        return key.ToString();
    }
}
