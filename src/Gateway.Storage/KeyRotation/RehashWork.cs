using Gateway.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Gateway.Storage.Sqlite.SqliteRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>Keyed hashes of an older generation, carried forward to the current one: no value needed (the ledger keeps hashes whose payload is purged).</summary>
internal sealed record RehashWork(KeyedHashColumn Target, int Generation) : RotationWork(Target.Name)
{
    public override async Task<RotationBatchResult> RunBatchAsync(SqliteMessageStore store, SqliteConnection connection, SqliteTransaction tx, long after, int batchSize, CancellationToken cancellationToken)
    {
        var hasher = store.Hasher;
        var t = Target;
        await using var select = Command(connection, tx,
            $"SELECT {t.RowKey}, {t.Column} FROM {t.Table} WHERE {t.GenerationColumn} = $g LIMIT $n",
            ("$g", Generation), ("$n", batchSize));
        var rows = await ReadAllAsync(select, r => (Key: r.GetValue(0), Stored: r.GetValue(1)), cancellationToken);
        var moved = 0;
        foreach (var (key, stored) in rows)
        {
            var forward = hasher.ToCurrent(t.Hex ? Convert.FromHexString((string)stored) : (byte[])stored, Generation);
            await using var update = Command(connection, tx,
                $"UPDATE OR REPLACE {t.Table} SET {t.Column} = $new, {t.GenerationColumn} = $current WHERE {t.RowKey} = $key AND {t.Column} = $old AND {t.GenerationColumn} = $g",
                ("$new", t.Hex ? Convert.ToHexString(forward) : forward), ("$current", hasher.CurrentGeneration), ("$key", key), ("$old", stored), ("$g", Generation));
            moved += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return new RotationBatchResult(rows.Count, moved, after);
    }
}
