using System.Security.Cryptography;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.KeyRotation;

/// <summary>Ciphertext under an older key id, re-encrypted under the current one. Walks by row key so a row that cannot be decrypted is passed over.</summary>
internal sealed record ReencryptWork(EncryptedColumn Target, string KeyId) : RotationWork(Target.Name)
{
    public override async Task<RotationBatchResult> RunBatchAsync(RelationalMessageStore store, DbConnection connection, DbTransaction tx, long after, int batchSize, CancellationToken cancellationToken)
    {
        var protector = store.Protector;
        var t = Target;
        await using var select = Command(connection, tx,
            $"SELECT {t.RowKey}, {t.Column} FROM {t.Table} WHERE {t.KeyIdColumn} = @old AND {t.RowKey} > @after AND {t.Column} IS NOT NULL ORDER BY {t.RowKey} LIMIT @n",
            ("@old", KeyId), ("@after", after), ("@n", batchSize));
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

            // Compare-and-set on the key id: a row purged or moved meanwhile is left alone.
            await using var update = Command(connection, tx,
                $"UPDATE {t.Table} SET {t.Column} = @bytes, {t.KeyIdColumn} = @current WHERE {t.RowKey} = @key AND {t.KeyIdColumn} = @old",
                ("@bytes", reprotected), ("@current", protector.CurrentKeyId), ("@key", key), ("@old", KeyId));
            moved += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return new RotationBatchResult(rows.Count, moved, rows.Count == 0 ? after : rows[^1].Key);
    }
}
