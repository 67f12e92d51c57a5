using System.Globalization;
using System.Security.Cryptography;
using Gateway.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Gateway.Storage.Sqlite.SqliteRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Moves every protected row of the store to the current keys: ciphertext in <see cref="EncryptedColumns"/> is
/// re-encrypted under the current payload key id, keyed hashes in <see cref="KeyedHashColumns"/> are carried forward to
/// the current hash-key generation. Small batches, each its own short <c>BEGIN IMMEDIATE</c> transaction that rereads
/// what it changes, so it runs beside a serving gateway (in its process or another one) and a run stopped anywhere just
/// continues: what is left is read from the rows' key ids and generations, nothing else is remembered.
/// </summary>
public sealed class SqliteKeyRotation
{
    private readonly SqliteMessageStore _store;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Rotates the keys of <paramref name="store"/> with the batch size of <paramref name="options"/>.</summary>
    public SqliteKeyRotation(SqliteMessageStore store, KeyRotationOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Key rotation options are not usable: " + string.Join(" ", problems), nameof(options));
        }

        _store = store;
        _batchSize = options.BatchSize;
    }

    /// <summary>The keys this store's configuration makes current (new rows are written under them).</summary>
    public ServingKeys CurrentKeys => new(_store.Protector.CurrentKeyId, _store.Hasher.CurrentGeneration);

    /// <summary>Whether rows under this payload key id can be read (it is the current key or a retired one of the configuration).</summary>
    public bool CanRead(string keyId) => _store.Protector.HasKey(keyId);

    /// <summary>Records the current keys as those of the serving gateway; called when a gateway starts serving on the store.</summary>
    public Task RecordServingKeysAsync(CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async (connection, tx, now) =>
            {
                await using var upsert = Command(connection, tx, """
                    INSERT INTO serving_keys (id, payload_key_id, hash_generation, recorded_at) VALUES (1, $k, $g, $now)
                    ON CONFLICT (id) DO UPDATE SET payload_key_id = excluded.payload_key_id, hash_generation = excluded.hash_generation, recorded_at = excluded.recorded_at
                    """, ("$k", _store.Protector.CurrentKeyId), ("$g", _store.Hasher.CurrentGeneration), ("$now", now));
                return await upsert.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>The keys the last gateway that served on this store started with; null when none has since migration 6.</summary>
    public Task<ServingKeys?> ServingKeysAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async connection =>
            {
                await using var read = Command(connection, null, "SELECT payload_key_id, hash_generation FROM serving_keys WHERE id = 1");
                var rows = await ReadAllAsync(read, r => new ServingKeys(r.GetString(0), (int)r.GetInt64(1)), cancellationToken);
                return rows.Count == 0 ? null : rows[0];
            },
            cancellationToken);

    /// <summary>Whether any row is under an older key: a cheap indexed check for the background sweep, before it counts.</summary>
    public Task<bool> AnyLeftAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async connection =>
            {
                var checks = EncryptedColumns.All
                    .Select(c => ($"SELECT EXISTS (SELECT 1 FROM {c.Table} WHERE {c.KeyIdColumn} < $current OR {c.KeyIdColumn} > $current)", (object)_store.Protector.CurrentKeyId))
                    .Concat(KeyedHashTable.All.Select(t => ($"SELECT EXISTS (SELECT 1 FROM {t.Table} WHERE {KeyedHashTable.GenerationColumn} < $current)", (object)_store.Hasher.CurrentGeneration)));
                foreach (var (sql, current) in checks)
                {
                    await using var command = Command(connection, null, sql, ("$current", current));
                    if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
                    {
                        return true;
                    }
                }

                return false;
            },
            cancellationToken);

    /// <summary>Rows per key id and per hash generation, read from the store.</summary>
    public Task<KeyRotationProgress> ProgressAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(connection => ProgressAsync(connection, unreadable: 0, cancellationToken), cancellationToken);

    /// <summary>
    /// Moves rows to the current keys, at most <paramref name="maxBatches"/> batches, calling <paramref name="afterBatch"/>
    /// after each committed one. Returns what is left. Rows that cannot be decrypted (key id not configured, altered
    /// ciphertext) are left as they are and counted in <see cref="KeyRotationProgress.Unreadable"/>.
    /// </summary>
    public async Task<KeyRotationProgress> RunAsync(int maxBatches, Action<KeyRotationBatch>? afterBatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatches, 1);
        await _running.WaitAsync(cancellationToken);
        try
        {
            var before = await ProgressAsync(cancellationToken);
            long moved = 0, unreadable = 0;
            var batches = 0;
            var finished = true;
            foreach (var item in Plan(before))
            {
                var after = 0L;
                while (true)
                {
                    if (batches == maxBatches)
                    {
                        finished = false;
                        break;
                    }

                    var batch = await _store.WriteAsync((connection, tx, _) => item.RunBatchAsync(this, connection, tx, after, cancellationToken), cancellationToken);
                    if (batch.Selected == 0)
                    {
                        break;
                    }

                    batches++;
                    moved += batch.Moved;
                    unreadable += batch.Selected - batch.Moved;
                    after = batch.LastRowKey;
                    afterBatch?.Invoke(new KeyRotationBatch(batches, item.Column, moved, Math.Max(0, before.Left - moved - unreadable - item.Unusable)));
                    // A rehash batch that moved nothing would select the same rows again, unless it walks by row id.
                    if (batch.Selected < _batchSize || (batch.Moved == 0 && item is Rehash { Walks: false }))
                    {
                        break;
                    }
                }

                unreadable += item.Unusable;
                if (!finished)
                {
                    break;
                }
            }

            return await _store.ReadAsync(
                async connection =>
                {
                    // Lookups stop trying older hash generations once none is left.
                    await _store.KeyedHashes.RefreshAsync(connection, null, cancellationToken);
                    return await ProgressAsync(connection, unreadable, cancellationToken);
                },
                cancellationToken);
        }
        finally
        {
            _running.Release();
        }
    }

    private IEnumerable<WorkItem> Plan(KeyRotationProgress progress)
    {
        foreach (var column in EncryptedColumns.All)
        {
            var rows = progress.Columns.Single(c => c.Column == column.Name).Rows;
            foreach (var (keyId, count) in rows.Where(r => r.Key != _store.Protector.CurrentKeyId && r.Value > 0))
            {
                yield return _store.Protector.HasKey(keyId)
                    ? new Reencrypt(column, keyId)
                    : new UnknownKey(column.Name, count);
            }
        }

        foreach (var table in KeyedHashTable.All)
        {
            var rows = progress.Columns.Single(c => c.Column == table.Name).Rows;
            foreach (var (generation, _) in rows.Where(r => r.Value > 0).OrderBy(r => int.Parse(r.Key, CultureInfo.InvariantCulture)))
            {
                var g = int.Parse(generation, CultureInfo.InvariantCulture);
                if (g < _store.Hasher.CurrentGeneration)
                {
                    yield return new Rehash(table, g);
                }
            }
        }
    }

    private async Task<KeyRotationProgress> ProgressAsync(SqliteConnection connection, long unreadable, CancellationToken cancellationToken)
    {
        var columns = new List<KeyRotationColumn>();
        foreach (var column in EncryptedColumns.All)
        {
            await using var command = Command(connection, null, $"SELECT {column.KeyIdColumn}, COUNT(*) FROM {column.Table} WHERE {column.KeyIdColumn} IS NOT NULL GROUP BY {column.KeyIdColumn}");
            var rows = await ReadAllAsync(command, r => (Key: r.GetString(0), Count: r.GetInt64(1)), cancellationToken);
            columns.Add(new KeyRotationColumn(column.Name, KeyRotationKind.Ciphertext, _store.Protector.CurrentKeyId, rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal)));
        }

        foreach (var table in KeyedHashTable.All)
        {
            await using var command = Command(connection, null, $"SELECT {KeyedHashTable.GenerationColumn}, COUNT(*) FROM {table.Table} GROUP BY {KeyedHashTable.GenerationColumn}");
            var rows = await ReadAllAsync(command, r => (Key: Number(r.GetInt64(0)), Count: r.GetInt64(1)), cancellationToken);
            columns.Add(new KeyRotationColumn(table.Name, KeyRotationKind.KeyedHash, Number(_store.Hasher.CurrentGeneration), rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal)));
        }

        return new KeyRotationProgress(columns, unreadable);
    }

    /// <summary>What one batch did: rows selected, rows moved, and the row key to continue after.</summary>
    private readonly record struct BatchResult(int Selected, int Moved, long LastRowKey);

    /// <summary>One kind of rows to move: a column under one old key.</summary>
    private abstract record WorkItem(string Column)
    {
        /// <summary>Rows this item cannot move at all.</summary>
        public virtual long Unusable => 0;

        public abstract Task<BatchResult> RunBatchAsync(SqliteKeyRotation rotation, SqliteConnection connection, SqliteTransaction tx, long after, CancellationToken cancellationToken);
    }

    /// <summary>Rows under a key id that is not configured: nothing can be done but report them.</summary>
    private sealed record UnknownKey(string Column, long Count) : WorkItem(Column)
    {
        public override long Unusable => Count;

        public override Task<BatchResult> RunBatchAsync(SqliteKeyRotation rotation, SqliteConnection connection, SqliteTransaction tx, long after, CancellationToken cancellationToken) =>
            Task.FromResult(new BatchResult(0, 0, after));
    }

    /// <summary>Ciphertext under an older key id, re-encrypted under the current one. Walks by row key so a row that cannot be decrypted is passed over.</summary>
    private sealed record Reencrypt(EncryptedColumn Target, string KeyId) : WorkItem(Target.Name)
    {
        public override async Task<BatchResult> RunBatchAsync(SqliteKeyRotation rotation, SqliteConnection connection, SqliteTransaction tx, long after, CancellationToken cancellationToken)
        {
            var protector = rotation._store.Protector;
            var t = Target;
            await using var select = Command(connection, tx,
                $"SELECT {t.RowKey}, {t.Column} FROM {t.Table} WHERE {t.KeyIdColumn} = $old AND {t.RowKey} > $after AND {t.Column} IS NOT NULL ORDER BY {t.RowKey} LIMIT $n",
                ("$old", KeyId), ("$after", after), ("$n", rotation._batchSize));
            var rows = await ReadAllAsync(select, r => (Key: r.GetInt64(0), Bytes: (byte[])r.GetValue(1)), cancellationToken);
            var moved = 0;
            foreach (var (key, bytes) in rows)
            {
                byte[] reprotected;
                try
                {
                    reprotected = protector.Protect(protector.Unprotect(KeyId, bytes));
                }
                catch (CryptographicException)
                {
                    continue;
                }

                await using var update = Command(connection, tx,
                    $"UPDATE {t.Table} SET {t.Column} = $bytes, {t.KeyIdColumn} = $current WHERE {t.RowKey} = $key AND {t.KeyIdColumn} = $old",
                    ("$bytes", reprotected), ("$current", protector.CurrentKeyId), ("$key", key), ("$old", KeyId));
                moved += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            return new BatchResult(rows.Count, moved, rows.Count == 0 ? after : rows[^1].Key);
        }
    }

    /// <summary>
    /// Rows whose keyed hashes are of an older generation: every hash of the row is carried forward to the current
    /// generation in one update (no value needed: the ledger keeps hashes whose payload is purged).
    /// </summary>
    private sealed record Rehash(KeyedHashTable Target, int Generation) : WorkItem(Target.Name)
    {
        public override async Task<BatchResult> RunBatchAsync(SqliteKeyRotation rotation, SqliteConnection connection, SqliteTransaction tx, long after, CancellationToken cancellationToken)
        {
            var hasher = rotation._store.Hasher;
            var t = Target;
            var gen = KeyedHashTable.GenerationColumn;
            var hashes = string.Join(", ", t.Columns.Select(c => c.Column));
            await using var select = Command(connection, tx,
                Walks
                    ? $"SELECT rowid, {hashes} FROM {t.Table} WHERE {gen} = $g AND rowid > $after ORDER BY rowid LIMIT $n"
                    : $"SELECT {t.RowKey}, {hashes} FROM {t.Table} WHERE {gen} = $g LIMIT $n",
                ("$g", Generation), ("$after", after), ("$n", rotation._batchSize));
            var rows = await ReadAllAsync(select, r => (Key: r.GetValue(0), Stored: t.Columns.Select((_, i) => r.IsDBNull(i + 1) ? null : (byte[])r.GetValue(i + 1)).ToArray()), cancellationToken);
            var set = string.Join(", ", t.Columns.Select((c, i) => $"{c.Column} = $new{Number(i)}"));
            var same = string.Join(" AND ", t.Columns.Select((c, i) => $"{c.Column} IS $old{Number(i)}"));
            var moved = 0;
            foreach (var (key, stored) in rows)
            {
                var parameters = new List<(string, object?)> { ("$current", hasher.CurrentGeneration), ("$key", key), ("$g", Generation) };
                for (var i = 0; i < stored.Length; i++)
                {
                    parameters.Add(("$old" + Number(i), stored[i]));
                    parameters.Add(("$new" + Number(i), stored[i] is null ? null : hasher.ToCurrent(stored[i]!, Generation)));
                }

                // A message row is never deleted by the sweep: should its moved hash collide with a row written in the
                // current generation, it stays where it is (lookups still match it). Ledger rows that collide are the same
                // fact written twice during the rotation: the moved row replaces the newer copy.
                await using var update = Command(connection, tx,
                    $"UPDATE {(t.Table == "message" ? "OR IGNORE" : "OR REPLACE")} {t.Table} SET {set}, {gen} = $current WHERE {t.RowKey} = $key AND {gen} = $g AND {same}",
                    [.. parameters]);
                moved += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            return new BatchResult(rows.Count, moved, Walks && rows.Count > 0 ? (long)rows[^1].Key : after);
        }

        /// <summary>A table with a rowid is walked by it, so a row left where it is (a message whose hash collided) never holds up the rows after it.</summary>
        public bool Walks => Target.RowKey == "rowid";
    }
}
