using System.Globalization;
using Gateway.Storage.Protection;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Which keyed-hash generations the store still holds, so lookups match every generation still present and, once the
/// rotation sweep has moved every row, only the current one. The remembered oldest generation is never too high: rows
/// only move up and new rows are written in the current generation, so a value read earlier is a safe lower bound.
/// </summary>
internal sealed class KeyedHashGenerations(BsnHasher hasher)
{
    private int _oldestLive;

    /// <summary>The oldest generation a row may still be in.</summary>
    public int OldestLive => Volatile.Read(ref _oldestLive);

    /// <summary>Whether rows of an older generation may still exist (lookups then also try the older hashes).</summary>
    public bool RotationPending => OldestLive < hasher.CurrentGeneration;

    /// <summary>Reads the oldest generation present in any keyed-hash column and remembers it.</summary>
    public async Task<int> RefreshAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var oldest = hasher.CurrentGeneration;
        foreach (var table in KeyedHashTable.All)
        {
            await using var command = Command(connection, transaction, $"SELECT MIN({KeyedHashTable.GenerationColumn}) FROM {table.Table}");
            if (await command.ExecuteScalarAsync(cancellationToken) is long min)
            {
                oldest = Math.Min(oldest, (int)min);
            }
        }

        Volatile.Write(ref _oldestLive, oldest);
        return oldest;
    }

    /// <summary>
    /// Checks the configured keys against the fingerprints the store recorded for each generation and records the new
    /// ones; throws <see cref="StoreKeysException"/> naming the key to fix, before any lookup can silently match nothing.
    /// </summary>
    public async Task CheckKeysAsync(DbConnection connection, DbTransaction tx, CancellationToken cancellationToken)
    {
        await using var read = Command(connection, tx, "SELECT generation, fingerprint FROM keyed_hash_key ORDER BY generation");
        var recorded = await ReadAllAsync(read, r => (Generation: (int)r.GetInt64(0), Fingerprint: (byte[])r.GetValue(1)), cancellationToken);
        var problems = new List<string>();
        foreach (var (generation, fingerprint) in recorded)
        {
            if (generation > hasher.CurrentGeneration)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the store holds BSN hashes of key generation {generation}, but only {hasher.CurrentGeneration + 1} BSN hash key(s) are configured: restore Gateway:Storage:BsnHashKey and every entry of Gateway:Storage:PreviousBsnHashKeys as they were."));
            }
            else if (!fingerprint.AsSpan().SequenceEqual(hasher.Fingerprint(generation)))
            {
                problems.Add(generation == hasher.CurrentGeneration
                    ? "Gateway:Storage:BsnHashKey is not the key this store's BSN hashes were written with: to replace the key, add the old key as the last entry of Gateway:Storage:PreviousBsnHashKeys and set the new one as BsnHashKey."
                    : string.Create(CultureInfo.InvariantCulture,
                        $"Gateway:Storage:PreviousBsnHashKeys:{generation} is not the key this store's generation {generation} BSN hashes were written with: put back the key that was there (never remove or reorder entries)."));
            }
        }

        if (problems.Count > 0)
        {
            throw new StoreKeysException(string.Join(" ", problems));
        }

        for (var generation = 0; generation <= hasher.CurrentGeneration; generation++)
        {
            await using var insert = Command(connection, tx, "INSERT INTO keyed_hash_key (generation, fingerprint) VALUES (@g, @f) ON CONFLICT DO NOTHING",
                ("@g", generation), ("@f", hasher.Fingerprint(generation)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
