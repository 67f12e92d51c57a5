using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// Every row of every table of a store file (sqlite_sequence included), one line per row, sorted per table, opened
/// read-only: two dumps are equal when nothing was stored, changed or taken back out.
/// </summary>
internal static class StoreDump
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToHexString(bytes),
                        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                    }).Append('|');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }

    /// <summary>The tables whose rows differ, with their row counts before and after; empty when the dumps are equal.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, IReadOnlyList<string>> before, IReadOnlyDictionary<string, IReadOnlyList<string>> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(t => !before.TryGetValue(t, out var b) || !after.TryGetValue(t, out var a) || !b.SequenceEqual(a, StringComparer.Ordinal))
            .Select(t => $"{t}: {(before.TryGetValue(t, out var b) ? b.Count : -1)} rows before, {(after.TryGetValue(t, out var a) ? a.Count : -1)} after")];
}
