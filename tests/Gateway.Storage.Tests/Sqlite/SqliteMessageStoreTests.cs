using System.Text;
using Gateway.Routing.Store;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Store;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file in a temp directory, plus what only SQLite has (pragmas, file bytes).</summary>
public sealed class SqliteMessageStoreTests : MessageStoreContractTests
{
    private readonly StoreDirectory _files = new("gateway-store-");
    private StorageOptions? _options;

    private string DatabasePath => _files.DatabasePath;

    private protected override async Task<IMessageStore> CreateStoreAsync(TimeProvider time)
    {
        _options = Some.Options(DatabasePath);
        var store = new SqliteMessageStore(_options, time);
        await store.MigrateAsync();
        return store;
    }

    private protected override async Task<IMessageStore> ReopenStoreAsync(IMessageStore store, TimeProvider time)
    {
        await ((SqliteMessageStore)store).DisposeAsync();
        return new SqliteMessageStore(_options!, time);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Delete();
    }

    [Fact]
    public async Task Open_SetsWalSynchronousFullAndForeignKeys()
    {
        await Store.GetQueueDepthAsync();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteMigrations.LatestVersion, await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public async Task Open_SetsJournalSizeLimitOnEveryConnection()
    {
        var store = (SqliteMessageStore)Store;
        await Store.GetQueueDepthAsync();

        var limits = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => store.ReadAsync(c => ScalarAsync((SqliteConnection)c, "PRAGMA journal_size_limit"), CancellationToken.None)));

        Assert.All(limits, limit => Assert.Equal(SqliteMessageStore.JournalSizeLimitBytes, limit));
    }

    [Fact]
    public async Task StoreFile_NeverHoldsBsnOrPayloadInPlainText()
    {
        var (messageId, _) = await InsertWithDeliveryAsync();
        await InsertAsync(Some.Heen() with { ChainKeys = [$"bsn-leak-{Some.CanaryBsn}"] });
        var lease = Assert.Single(await Store.ClaimDueAsync("w", 1, TimeSpan.FromMinutes(1))).Lease;
        await Store.DeadLetterAsync(lease, DeliveryFailureKind.Permanent, $"refused {Some.CanaryBsn}");
        await using (var tx = await Store.BeginAsync())
        {
            await tx.AddEventAsync(messageId, "Noted", $"bsn {Some.CanaryBsn}", actor: Some.CanaryBsn);
            await tx.CommitAsync();
        }

        Assert.NotEmpty(await Store.FindByBsnAsync(Some.CanaryBsn));
        var files = Directory.GetFiles(_files.Path, "gateway.db*");
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            Assert.True(IndexOf(bytes, Encoding.ASCII.GetBytes(Some.CanaryBsn)) < 0, $"BSN found in {Path.GetFileName(file)}");
            Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(Some.CanaryBsn)) < 0, $"UTF-16 BSN found in {Path.GetFileName(file)}");
            Assert.True(IndexOf(bytes, Encoding.ASCII.GetBytes(Some.PayloadMarker)) < 0, $"payload text found in {Path.GetFileName(file)}");
        }
    }

    [Fact]
    public async Task StoreFile_BsnInIdentificatieAndEnvelope_NeverInPlainText()
    {
        var bsn = Some.CanaryBsn;
        var heen = Some.Heen(identificatie: bsn, bsn: null) with { Envelope = new EnvelopeReference(bsn, bsn, bsn) };
        var id = await InsertAsync(heen);
        await InsertAsync(Some.Heen(bsn: null) with { Envelope = new EnvelopeReference("GGK", Guid.NewGuid().ToString(), bsn), CorrelatesTo = id });
        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(id, (await tx.FindByEnvelopeAsync(bsn, bsn))?.Id);
            Assert.Equal(id, (await tx.FindByDedupKeyAsync(heen.DedupKey!))?.Id);
        }

        await CheckpointAsync(DatabasePath, "PASSIVE");
        AssertNoCanaryInFiles(_files.Path, "gateway.db*", bsn);
    }

    [Fact]
    public async Task Migrate_V4StoreWithPlainIdentifiers_ConvertsRowsAndLeavesNoPlainText()
    {
        var bsn = Some.CanaryBsn;
        var directory = Directory.CreateTempSubdirectory("gateway-v4-").FullName;
        var path = Path.Combine(directory, "v4.db");
        var options = Some.Options(path);
        var payload = Some.Payload("T1", "000000000");
        var refusedPayload = new byte[3000];
        try
        {
            await using (var v4 = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await v4.OpenAsync();
                await ExecuteAsync(v4, "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);");
                foreach (var (version, script) in SqliteMigrations.All.Where(m => m.Version <= 4))
                {
                    await ExecuteAsync(v4, script + $"\nINSERT INTO schema_version VALUES ({version}, 0);");
                }

                var protector = Gateway.Storage.Protection.PayloadProtector.FromOptions(options);
                await ExecuteAsync(
                    v4,
                    """
                    INSERT INTO message (id, direction, kind, state, standard, code, release, afzender, identificatie, dedup_key, env_zender,
                        env_referentienummer, env_crossrefnummer, gemeentecode, payload_key_id, payload, created_at, updated_at)
                    VALUES (1, 'Inbound', 'Heen', 'Accepted', 'ijw', 301, '3.2', '0363', $bsn, 'ijw|301|0363|' || $bsn, 'GGK', $bsn, $bsn, '0363', '1', $p, $now, $now),
                           (2, 'Inbound', 'Heen', 'Rejected', NULL, NULL, NULL, NULL, NULL, NULL, 'GGK', 'ref-2', NULL, NULL, '1', $refused, $now, $now),
                           (3, 'Inbound', 'Heen', 'Accepted', 'ijw', 301, '3.2', '0363', 'T3', 'ijw|301|0363|T3', 'GGK', 'ref-3', NULL, '0363', NULL, NULL, $now, $now);
                    INSERT INTO ledger_verzoek (message_id, standard, gemeentecode, aanbieder, client_hash, referentie_aanbieder, bericht_code)
                    VALUES (1, 'ijw', '0363', '12345678', x'00', $bsn, 315);
                    """,
                    ("$bsn", bsn),
                    ("$p", protector.Protect(payload)),
                    ("$refused", protector.Protect(refusedPayload)),
                    ("$now", Time.GetUtcNow().ToUnixTimeMilliseconds()));
            }

            var store = new SqliteMessageStore(options, Time);
            Assert.Equal(SqliteMigrations.LatestVersion, await store.MigrateAsync());

            await using (var tx = await store.BeginAsync())
            {
                var converted = await tx.FindByDedupKeyAsync(new DedupKey(Gateway.Messages.Standards.Standard.Ijw, Gateway.Messages.Standards.MessageCode.Toewijzing, "0363", bsn));
                Assert.Equal(1, converted?.Id);
                Assert.Equal(1, (await tx.FindByEnvelopeAsync("GGK", bsn))?.Id);
                Assert.Equal(new EnvelopeReference("GGK", bsn, bsn), converted!.Envelope);
                Assert.Equal("*********", converted.Identificatie);
                Assert.Equal(ContentHash.Of(payload), converted.ContentHash);
                Assert.Equal(payload.Length, converted.PayloadSize);
                Assert.Null((await tx.GetMessageAsync(3))!.ContentHash);
                Assert.Equal(3, (await tx.FindByEnvelopeAsync("GGK", "ref-3"))?.Id);
                Assert.NotNull(await new Gateway.Storage.Ledger.RelationalLedger().VerzoekAsync(tx, Gateway.Messages.Standards.Standard.Ijw, "12345678", bsn));
            }

            Time.Advance(TimeSpan.FromDays(8));
            var swept = await store.SweepRetentionAsync(new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400)));
            Assert.Equal(1, swept.PayloadsTrimmed);
            Assert.Equal(RetentionPolicy.RefusedPayloadPrefix, (await store.ReadPayloadAsync(2))!.Length);
            await store.DisposeAsync();

            await CheckpointAsync(path, "PASSIVE");
            AssertNoCanaryInFiles(directory, "v4.db*", bsn);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task KeyedHashColumns_ListsEveryHashColumnOfTheSchema()
    {
        await Store.MigrateAsync();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.name || '.' || c.name FROM sqlite_schema t JOIN pragma_table_info(t.name) c
            WHERE t.type = 'table' AND c.name LIKE '%\_hash' ESCAPE '\' AND c.name <> 'content_hash'
            """;
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            Gateway.Storage.Protection.KeyedHashColumns.All.Select(c => c.Table + "." + c.Column).Order(StringComparer.Ordinal),
            columns.Order(StringComparer.Ordinal));

        // Every table with keyed hashes has the one generation column the rotation moves its rows by.
        command.CommandText = $"""
            SELECT t.name FROM sqlite_schema t JOIN pragma_table_info(t.name) c
            WHERE t.type = 'table' AND c.name = '{Gateway.Storage.Protection.KeyedHashColumns.GenerationColumn}' ORDER BY t.name
            """;
        var withGeneration = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                withGeneration.Add(reader.GetString(0));
            }
        }

        Assert.Equal(Gateway.Storage.Protection.KeyedHashColumns.All.Select(c => c.Table).Distinct().Order(StringComparer.Ordinal), withGeneration);
    }

    [Fact]
    public async Task EncryptedColumns_ListsEveryCiphertextColumnOfTheSchema()
    {
        await Store.MigrateAsync();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.name || '.' || c.name FROM sqlite_schema t JOIN pragma_table_info(t.name) c
            WHERE t.type = 'table' AND c.name LIKE '%key\_id' ESCAPE '\' AND t.name <> 'serving_keys' ORDER BY 1
            """;
        var keyIds = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keyIds.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            Gateway.Storage.KeyRotation.EncryptedColumns.All.Select(c => c.Table + "." + c.KeyIdColumn).Order(StringComparer.Ordinal),
            keyIds);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_ConcurrentWriters_WaitForEachOtherInsteadOfFailing()
    {
        // A second instance stands in for a second process (the CLI next to the running gateway): no shared in-process gate.
        await using var other = new SqliteMessageStore(_options!, Time);
        var stores = new[] { Store, other };

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var tx = await stores[i % 2].BeginAsync();
            var id = await tx.InsertMessageAsync(Some.Heen());
            await tx.EnqueueDeliveryAsync(id, DeliveryDestination.Hub);
            await tx.CommitAsync();
            return id;
        })));

        Assert.Equal(40, ids.Distinct().Count());
        Assert.Equal(40, (await Store.GetQueueDepthAsync()).Sum(d => d.Count));
        Assert.True((await other.CheckIntegrityAsync()).IsOk);
    }

    [Fact]
    public async Task Payload_RotatedKey_OldRowsStillDecrypt()
    {
        var heen = Some.Heen();
        var id = await InsertAsync(heen);
        await ((SqliteMessageStore)Store).DisposeAsync();
        var rotated = _options! with
        {
            EncryptionKey = Some.Key(),
            EncryptionKeyId = "2",
            RetiredEncryptionKeys = new() { ["1"] = _options!.EncryptionKey },
        };
        var store = new SqliteMessageStore(rotated, Time);

        Assert.Equal(heen.Payload.ToArray(), await store.ReadPayloadAsync(id));
        await store.DisposeAsync();
    }

    [Fact]
    public void Constructor_UnusableOptions_SaysWhatToFix()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteMessageStore(new StorageOptions { DatabasePath = DatabasePath }, Time));

        Assert.Contains("Storage:EncryptionKey is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:BsnHashKey is missing", error.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task CheckpointAsync(string path, string mode)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"PRAGMA wal_checkpoint({mode});");
    }

    private static void AssertNoCanaryInFiles(string directory, string pattern, string canary)
    {
        var files = Directory.GetFiles(directory, pattern);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            Assert.True(IndexOf(bytes, Encoding.ASCII.GetBytes(canary)) < 0, $"BSN canary found in plain text in {Path.GetFileName(file)}");
            Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(canary)) < 0, $"UTF-16 BSN canary found in {Path.GetFileName(file)}");
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
