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
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-store-").FullName;
    private StorageOptions? _options;

    private string DatabasePath => Path.Combine(_directory, "gateway.db");

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
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; a failing cleanup must not fail the test.
        }
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
        var files = Directory.GetFiles(_directory, "gateway.db*");
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
