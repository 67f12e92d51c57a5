using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Rows whose keyed hashes are of an older generation: every hash of the row is carried forward to the current
/// generation in one update, so a row's hashes stay in one generation. No value needed (the ledger keeps hashes whose
/// payload is purged).
/// </summary>
internal sealed record RehashWork(KeyedHashTable Target, int Generation) : RotationWork(Target.Name)
{
    /// <summary>A table with a rowid is walked by it, so a row left where it is (a message whose hash collided) never holds up the rows after it.</summary>
    public bool Walks => Target.RowKey == "rowid";

    public override async Task<RotationBatchResult> RunBatchAsync(RelationalMessageStore store, DbConnection connection, DbTransaction tx, long after, int batchSize, CancellationToken cancellationToken)
    {
        var hasher = store.Hasher;
        var t = Target;
        var gen = KeyedHashTable.GenerationColumn;
        var hashes = string.Join(", ", t.Columns.Select(c => c.Column));
        await using var select = Command(connection, tx,
            Walks
                ? $"SELECT rowid, {hashes} FROM {t.Table} WHERE {gen} = @g AND rowid > @after ORDER BY rowid LIMIT @n"
                : $"SELECT {t.RowKey}, {hashes} FROM {t.Table} WHERE {gen} = @g LIMIT @n",
            ("@g", Generation), ("@after", after), ("@n", batchSize));
        var rows = await ReadAllAsync(select, r => (Key: r.GetValue(0), Stored: t.Columns.Select((_, i) => r.IsDBNull(i + 1) ? null : (byte[])r.GetValue(i + 1)).ToArray()), cancellationToken);
        var set = string.Join(", ", t.Columns.Select((c, i) => $"{c.Column} = @new{Number(i)}"));
        var same = string.Join(" AND ", t.Columns.Select((c, i) => $"{c.Column} IS @old{Number(i)}"));
        var moved = 0;
        foreach (var (key, stored) in rows)
        {
            var parameters = new List<(string, object?)> { ("@current", hasher.CurrentGeneration), ("@key", key), ("@g", Generation) };
            for (var i = 0; i < stored.Length; i++)
            {
                parameters.Add(("@old" + Number(i), stored[i]));
                parameters.Add(("@new" + Number(i), stored[i] is { } hash ? hasher.ToCurrent(hash, Generation) : null));
            }

            // A message row is never deleted by the sweep: should its moved hash collide with a row written in the
            // current generation, it stays where it is (lookups still match it). Ledger rows that collide are the same
            // fact written twice during the rotation: the moved row replaces the newer copy.
            await using var update = Command(connection, tx,
                $"UPDATE {(t.Table == "message" ? "OR IGNORE" : "OR REPLACE")} {t.Table} SET {set}, {gen} = @current WHERE {t.RowKey} = @key AND {gen} = @g AND {same}",
                [.. parameters]);
            moved += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return new RotationBatchResult(rows.Count, moved, Walks && rows.Count > 0 ? (long)rows[^1].Key : after);
    }
}
