using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Gateway.Storage.Relational;

/// <summary>
/// The reads one unit of work has made, answered again without a statement while nothing has written the tables they read
/// on its connection since (the ledger's rules ask the same client's history once per product or prestatie), and the
/// locks it already holds.
/// </summary>
internal sealed class UnitReads(DbConnection connection)
{
    private readonly Dictionary<string, (long Version, object Rows)> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _locks = new(StringComparer.Ordinal);

    /// <summary>
    /// The rows of <paramref name="sql"/> with <paramref name="parameters"/>: read once, then again only after a statement
    /// that may have changed a table it reads (<see cref="StatementCount.VersionOf"/>).
    /// </summary>
    public async Task<IReadOnlyList<T>> GetOrReadAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<Task<IReadOnlyList<T>>> read)
    {
        var key = Key(sql, parameters);
        var tables = StatementCount.TablesReadBy(sql);
        var version = StatementCount.VersionOf(connection, tables);
        if (version is { } now && _rows.TryGetValue(key, out var kept) && kept.Version == now && kept.Rows is IReadOnlyList<T> rows)
        {
            return rows;
        }

        var fresh = await read();
        if (version is { } before && StatementCount.VersionOf(connection, tables) == before)
        {
            _rows[key] = (before, fresh);
        }

        return fresh;
    }

    /// <summary>
    /// Takes the transaction-scoped lock <paramref name="key"/> with <paramref name="take"/> unless this unit holds it
    /// already (it is held until the transaction ends, so once per unit is enough).
    /// </summary>
    public async Task LockOnceAsync(string key, Func<Task> take)
    {
        if (!_locks.Contains(key))
        {
            await take();
            _locks.Add(key);
        }
    }

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
