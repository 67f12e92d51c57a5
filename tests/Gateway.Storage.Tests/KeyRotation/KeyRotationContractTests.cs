using System.Text;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;
using System.Data.Common;

namespace Gateway.Storage.Tests.KeyRotation;

/// <summary>Payload key rotation on a real SQLite file: written under key 1, moved to key 2 in short batches.</summary>
/// <summary>Payload-key rotation on a real store, run on every database (a subclass per store).</summary>
public abstract class KeyRotationContractTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _key1 = Some.Key();
    private readonly string _key2 = Some.Key();
    private readonly string _hashKey = Some.Key();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));

    /// <summary>An empty database for one test.</summary>
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Run_PayloadsUnderKey1_EveryRowUnderKey2AndReadable()
    {
        var written = await WriteUnderKey1Async(25);
        using var store = StoreWithKey2();
        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 10 });
        // Each message holds two ciphertexts: its payload and its sealed envelope.
        Assert.Equal(50, (await rotation.ProgressAsync()).Left);

        var batches = new List<KeyRotationBatch>();
        var progress = await rotation.RunAsync(int.MaxValue, batches.Add);

        Assert.True(progress.Done);
        Assert.Equal([10L, 20L, 25L, 35L, 45L, 50L], batches.Select(b => b.Moved));
        Assert.Equal([40L, 30L, 25L, 15L, 5L, 0L], batches.Select(b => b.Left));
        Assert.Equal(["message.payload", "message.payload", "message.payload", "message.env_sealed", "message.env_sealed", "message.env_sealed"], batches.Select(b => b.Column));
        Assert.Equal(["2"], await KeyIdsAsync());
        Assert.Equal(["2"], await KeyIdsAsync("env_key_id"));
        await AssertReadableAsync(store, written);
    }

    [Fact]
    public async Task Run_StoppedAfterTwoBatches_NextRunContinuesWhereItStopped()
    {
        var written = await WriteUnderKey1Async(25);
        using (var store = StoreWithKey2())
        {
            var stopped = await new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 5 }).RunAsync(maxBatches: 2);
            Assert.Equal(40, stopped.Left);
        }

        // A new process: nothing remembered but the rows themselves.
        using var restarted = StoreWithKey2();
        var rotation = new StoreKeyRotation(restarted, new KeyRotationOptions { BatchSize = 5 });
        Assert.Equal(40, (await rotation.ProgressAsync()).Left);
        var batches = 0;
        var progress = await rotation.RunAsync(int.MaxValue, _ => batches++);

        Assert.True(progress.Done);
        Assert.Equal(3 + 5, batches);
        await AssertReadableAsync(restarted, written);
    }

    [Fact]
    public async Task Run_WritesBetweenBatches_EveryRowEndsUnderKey2()
    {
        var written = await WriteUnderKey1Async(20);
        using var store = StoreWithKey2();
        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 4 });

        // Interleaved by count: one batch, then three new messages (written under key 2), until nothing is left
        // (20 payloads and 20 sealed envelopes, 4 a batch).
        for (var round = 0; round < 10; round++)
        {
            await rotation.RunAsync(maxBatches: 1);
            foreach (var (id, payload) in await InsertAsync(store, 3))
            {
                written[id] = payload;
            }
        }

        Assert.True((await rotation.ProgressAsync()).Done);
        Assert.Equal(50, written.Count);
        await AssertReadableAsync(store, written);
    }

    [Fact]
    public async Task Run_ConcurrentWriter_EveryRowEndsUnderKey2()
    {
        var written = await WriteUnderKey1Async(30);
        using var store = StoreWithKey2();
        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 3 });

        var writer = Task.Run(async () =>
        {
            var added = new List<(long, byte[])>();
            for (var i = 0; i < 10; i++)
            {
                added.AddRange(await InsertAsync(store, 2));
            }

            return added;
        });
        var progress = await rotation.RunAsync(int.MaxValue);
        foreach (var (id, payload) in await writer)
        {
            written[id] = payload;
        }

        Assert.True(progress.Done);
        Assert.Equal(["2"], await KeyIdsAsync());
        await AssertReadableAsync(store, written);
    }

    [Fact]
    public async Task Run_ThenKey1Retired_EveryPayloadReadableWithKey2Alone()
    {
        var written = await WriteUnderKey1Async(12);
        using (var store = StoreWithKey2())
        {
            Assert.True((await new StoreKeyRotation(store, new KeyRotationOptions()).RunAsync(int.MaxValue)).Done);
        }
        using var retired = _database.Open(_time, Options(key: _key2, keyId: "2"));
        var rotation = new StoreKeyRotation(retired, new KeyRotationOptions());
        Assert.False(rotation.CanRead("1"));
        Assert.False(await rotation.AnyLeftAsync());
        await AssertReadableAsync(retired, written);
    }

    [Fact]
    public async Task Run_RowsUnderAnUnconfiguredKey_LeftAndCountedTheOthersMoved()
    {
        await WriteUnderKey1Async(4);
        using (var other = _database.Open(_time, Options(key: Some.Key(), keyId: "0")))
        {
            await InsertAsync(other, 3);
        }
        using var store = StoreWithKey2();
        var progress = await new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 2 }).RunAsync(int.MaxValue);

        Assert.False(progress.Done);
        Assert.Equal(3 + 3, progress.Left);
        Assert.Equal(3 + 3, progress.Unreadable);
        Assert.Equal(["0", "2"], await KeyIdsAsync());
    }

    [Fact]
    public async Task Run_DamagedCiphertext_PassedOverTheOthersMoved()
    {
        await WriteUnderKey1Async(6);
        await ExecuteAsync("UPDATE message SET payload = @zeros WHERE id = 3", ("@zeros", new byte[40]));
        using var store = StoreWithKey2();
        var progress = await new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 2 }).RunAsync(int.MaxValue);

        Assert.Equal(1, progress.Left);
        Assert.Equal(1, progress.Unreadable);
    }

    [Fact]
    public async Task Run_SealedEnvelopesUnderKey1_ReencryptedAndReadableWithKey2Alone()
    {
        using (var before = _database.Open(_time, Options(key: _key1, keyId: "1")))
        {
            await InsertAsync(before, 5);
        }

        var envelopes = await SealedEnvelopesAsync();
        Assert.Equal(5, envelopes.Count);
        Assert.All(envelopes.Values, e => Assert.Equal("1", e.KeyId));
        using (var store = StoreWithKey2())
        {
            var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 2 });
            Assert.Equal(5, (await rotation.ProgressAsync()).Columns.Single(c => c.Column == "message.env_sealed").Left);
            Assert.True((await rotation.RunAsync(int.MaxValue)).Done);
        }

        var after = await SealedEnvelopesAsync();
        Assert.All(after, e => Assert.Equal("2", e.Value.KeyId));
        Assert.All(after, e => Assert.False(e.Value.Sealed.AsSpan().SequenceEqual(envelopes[e.Key].Sealed)));

        // Key 1 gone: each exact envelope still opens, and still finds its message.
        using var retired = _database.Open(_time, Options(key: _key2, keyId: "2"));
        await using var tx = await retired.BeginAsync();
        foreach (var id in after.Keys)
        {
            var envelope = (await tx.GetMessageAsync(id))!.Envelope;
            Assert.NotNull(envelope);
            Assert.Equal("GGK", envelope.Zender);
            Assert.Equal(id, (await tx.FindByEnvelopeAsync(envelope.Zender, envelope.Referentienummer))?.Id);
        }
    }

    [Fact]
    public async Task AnyLeft_NothingUnderOlderKeys_False()
    {
        using var store = _database.Open(_time, Options(key: _key1, keyId: "1"));
        await InsertAsync(store, 2);
        var rotation = new StoreKeyRotation(store, new KeyRotationOptions());

        Assert.False(await rotation.AnyLeftAsync());
        Assert.True((await rotation.RunAsync(int.MaxValue)).Done);
    }

    [Fact]
    public async Task ServingKeys_RecordedByTheServingStore_ReadByAnother()
    {
        using var serving = _database.Open(_time, Options(key: _key1, keyId: "1"));
        var rotation = new StoreKeyRotation(serving, new KeyRotationOptions());
        Assert.Null(await rotation.ServingKeysAsync());
        await rotation.RecordServingKeysAsync();

        using var cli = StoreWithKey2();
        var other = new StoreKeyRotation(cli, new KeyRotationOptions());
        Assert.Equal(new ServingKeys("1", 0), await other.ServingKeysAsync());
        Assert.Equal(new ServingKeys("2", 0), other.CurrentKeys);
    }

    [Fact]
    public void Constructor_BadOptions_ThrowsWithTheKey()
    {
        using var store = StoreWithKey2();
        var e = Assert.Throws<ArgumentException>(() => new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 0 }));
        Assert.Contains("Gateway:Storage:KeyRotation:BatchSize", e.Message, StringComparison.Ordinal);
    }

    private StorageOptions Options(string key, string keyId, Dictionary<string, string>? retired = null) => _database.Options with
    {
        EncryptionKey = key,
        EncryptionKeyId = keyId,
        RetiredEncryptionKeys = retired ?? [],
        BsnHashKey = _hashKey,
    };

    private RelationalMessageStore StoreWithKey2() => _database.Open(_time, Options(key: _key2, keyId: "2", retired: new() { ["1"] = _key1 }));

    private async Task<Dictionary<long, byte[]>> WriteUnderKey1Async(int count)
    {
        using var store = _database.Open(_time, Options(key: _key1, keyId: "1"));
        var written = (await InsertAsync(store, count)).ToDictionary(w => w.Id, w => w.Payload);
        return written;
    }

    private static async Task<List<(long Id, byte[] Payload)>> InsertAsync(RelationalMessageStore store, int count)
    {
        var written = new List<(long, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var message = Some.Heen();
            await using var tx = await store.BeginAsync();
            written.Add((await tx.InsertMessageAsync(message), message.Payload.ToArray()));
            await tx.CommitAsync();
        }

        return written;
    }

    private static async Task AssertReadableAsync(IMessageStore store, Dictionary<long, byte[]> written)
    {
        await using var tx = await store.BeginAsync();
        foreach (var (id, payload) in written)
        {
            Assert.Equal(Encoding.UTF8.GetString(payload), Encoding.UTF8.GetString((await tx.ReadPayloadAsync(id))!));
        }
    }

    private async Task<List<string>> KeyIdsAsync(string column = "payload_key_id")
    {
        await using var connection = await _database.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT {column} FROM message ORDER BY 1";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<Dictionary<long, (string KeyId, byte[] Sealed)>> SealedEnvelopesAsync()
    {
        await using var connection = await _database.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, env_key_id, env_sealed FROM message WHERE env_sealed IS NOT NULL ORDER BY id";
        var rows = new Dictionary<long, (string, byte[])>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0)] = (reader.GetString(1), (byte[])reader.GetValue(2));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _database.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
