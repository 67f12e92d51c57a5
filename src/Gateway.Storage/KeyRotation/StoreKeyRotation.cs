using System.Globalization;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Moves every protected row of the store to the current keys: ciphertext in <see cref="EncryptedColumns"/> (payloads,
/// sealed envelopes) is re-encrypted under the current payload key id, keyed hashes in
/// <see cref="Protection.KeyedHashColumns"/> (BSNs and identifiers) are carried forward to the current hash-key
/// generation, all hashes of a row together. Small batches, each its own short <c>BEGIN IMMEDIATE</c> transaction that rereads
/// what it changes, so it runs beside a serving gateway (in its process or another one) and a run stopped anywhere just
/// continues: what is left is read from the rows' key ids and generations, nothing else is remembered.
/// </summary>
public sealed class StoreKeyRotation
{
    private readonly RelationalMessageStore _store;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Rotates the keys of <paramref name="store"/> with the batch size of <paramref name="options"/>.</summary>
    public StoreKeyRotation(RelationalMessageStore store, KeyRotationOptions options)
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
                    INSERT INTO serving_keys (id, payload_key_id, hash_generation, recorded_at) VALUES (1, @k, @g, @now)
                    ON CONFLICT (id) DO UPDATE SET payload_key_id = excluded.payload_key_id, hash_generation = excluded.hash_generation, recorded_at = excluded.recorded_at
                    """, ("@k", _store.Protector.CurrentKeyId), ("@g", _store.Hasher.CurrentGeneration), ("@now", now));
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
                    .Select(c => ($"SELECT EXISTS (SELECT 1 FROM {c.Table} WHERE {c.KeyIdColumn} < @current OR {c.KeyIdColumn} > @current)", (object)_store.Protector.CurrentKeyId))
                    .Concat(KeyedHashTable.All.Select(t => ($"SELECT EXISTS (SELECT 1 FROM {t.Table} WHERE {KeyedHashTable.GenerationColumn} < @current)", (object)_store.Hasher.CurrentGeneration)));
                foreach (var (sql, current) in checks)
                {
                    await using var command = Command(connection, null, sql, ("@current", current));
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

                    var batch = await _store.WriteAsync((connection, tx, _) => item.RunBatchAsync(_store, connection, tx, after, _batchSize, cancellationToken), cancellationToken);
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
                    if (batch.Selected < _batchSize || (batch.Moved == 0 && item is RehashWork { Walks: false }))
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

    private IEnumerable<RotationWork> Plan(KeyRotationProgress progress)
    {
        foreach (var column in EncryptedColumns.All)
        {
            var rows = progress.Columns.Single(c => c.Column == column.Name).Rows;
            foreach (var (keyId, count) in rows.Where(r => r.Key != _store.Protector.CurrentKeyId && r.Value > 0))
            {
                yield return _store.Protector.HasKey(keyId)
                    ? new ReencryptWork(column, keyId)
                    : new UnknownKeyWork(column.Name, count);
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
                    yield return new RehashWork(table, g);
                }
            }
        }
    }

    private async Task<KeyRotationProgress> ProgressAsync(DbConnection connection, long unreadable, CancellationToken cancellationToken)
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
}
