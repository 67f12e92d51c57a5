using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Sqlite;

namespace Gateway.Host.Tests.Cli;

/// <summary>`gateway keys rotate|status` on a store file written under key 1, with a configuration that moved to key 2.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private const string Bsn = "999990019";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-keys-cli-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string _key1 = NewKey();
    private readonly string _key2 = NewKey();
    private readonly string _hashKey1 = NewKey();
    private readonly string _hashKey2 = NewKey();

    public KeysCommandTests() => Directory.CreateDirectory(_directory);

    private string DatabasePath => Path.Combine(_directory, "data", "gateway.db");

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Rotate_AfterAKeyChange_ReportsProgressAndMovesEveryRow()
    {
        await SeedAsync(7);
        var config = RotatedConfig();

        var status = GatewayCli.Run("keys", "status", "--config", config);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("7 under key id 1", status.Out, StringComparison.Ordinal);
        Assert.Contains("7 in generation 0", status.Out, StringComparison.Ordinal);
        // 7 payloads, 7 BSN hashes, 7 message rows with their dedup-key hash.
        Assert.Contains("Rows under older keys: 21.", status.Out, StringComparison.Ordinal);

        var part = GatewayCli.Run("keys", "rotate", "--config", config, "--batch-size", "3", "--max-batches", "2");
        Assert.Equal(1, part.ExitCode);
        Assert.Contains("batch 2: message.payload, 6 rows moved so far, 15 left", part.Out, StringComparison.Ordinal);
        Assert.Contains("Not done yet", part.Out, StringComparison.Ordinal);

        var rest = GatewayCli.Run("keys", "rotate", "--config", config, "--batch-size", "3");
        Assert.Equal(0, rest.ExitCode);
        Assert.Contains("batch 1: message.payload, 1 rows moved so far, 14 left", rest.Out, StringComparison.Ordinal);
        Assert.Contains("Moved 15 rows to the current keys; 0 left.", rest.Out, StringComparison.Ordinal);
        Assert.Contains("Every BSN and identifier hash is in the current generation", rest.Out, StringComparison.Ordinal);

        var done = GatewayCli.Run("keys", "status", "--config", config);
        Assert.Equal(0, done.ExitCode);
        Assert.Contains("7 under key id 2 (current)", done.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Bsn, status.Out + part.Out + rest.Out + done.Out + status.Error + part.Error + rest.Error, StringComparison.Ordinal);

        // Key 1 retired: the store reads with key 2 alone, and the BSN still finds every message.
        using var store = new SqliteMessageStore(Options(_key2, "2", retired: [], _hashKey2, previous: [_hashKey1]), TimeProvider.System);
        Assert.Equal(7, (await store.FindByBsnAsync(Bsn)).Count);
        await using var tx = await store.BeginAsync();
        Assert.Contains("<Bsn>", Encoding.UTF8.GetString((await tx.ReadPayloadAsync(1))!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_GatewayServedWithOtherKeys_Exit2UnlessTheGatewayIsStopped()
    {
        await SeedAsync(2);
        using (var serving = new SqliteMessageStore(Options(_key1, "1", retired: [], _hashKey1, previous: []), TimeProvider.System))
        {
            await new StoreKeyRotation(serving, new KeyRotationOptions()).RecordServingKeysAsync();
        }
        var config = RotatedConfig();
        var refused = GatewayCli.Run("keys", "rotate", "--config", config);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("last started with payload key id '1' and BSN hash key generation 0", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--gateway-stopped", refused.Error, StringComparison.Ordinal);

        var stopped = GatewayCli.Run("keys", "rotate", "--config", config, "--gateway-stopped");
        Assert.Equal(0, stopped.ExitCode);
        Assert.Contains("0 left", stopped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_BsnHashKeyReplacedWithoutKeepingTheOldOne_Exit2NamingTheKey()
    {
        await SeedAsync(1);
        var config = WriteConfig("lost.json", Options(_key1, "1", retired: [], _hashKey2, previous: []));

        var run = GatewayCli.Run("keys", "rotate", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Storage:BsnHashKey is not the key", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_BadBatchSettings_Exit2WithTheFullKey()
    {
        await SeedAsync(1);
        var config = WriteConfig("bad.json", Options(_key2, "2", retired: new() { ["1"] = _key1 }, _hashKey1, previous: []), batchSize: 0);

        var fromConfig = GatewayCli.Run("keys", "rotate", "--config", config);
        Assert.Equal(2, fromConfig.ExitCode);
        Assert.Contains("Gateway:Storage:KeyRotation:BatchSize is 0", fromConfig.Error, StringComparison.Ordinal);

        var fromOption = GatewayCli.Run("keys", "rotate", "--config", RotatedConfig(), "--batch-size", "-1");
        Assert.Equal(2, fromOption.ExitCode);
        Assert.Contains("Gateway:Storage:KeyRotation:BatchSize is -1", fromOption.Error, StringComparison.Ordinal);

        Assert.Equal(2, GatewayCli.Run("keys", "rotate", "--config", RotatedConfig(), "--max-batches", "0").ExitCode);
    }

    [Fact]
    public void Run_RotationSettingsWrong_Exit2NamingEveryKeyAtOnce()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.Sample("region", "appsettings.json")))!;
        root["Gateway"]!["Messages"]!["SchemaRoot"] = RepoPaths.Schemas;
        root["Gateway"]!["Http"]!["Urls"] = "http://127.0.0.1:0";
        root["Gateway"]!["Logging"]!["ConsoleLevel"] = "Fatal";
        root["Gateway"]!["Storage"]!["DatabasePath"] = DatabasePath;
        root["Gateway"]!["Storage"]!["PreviousBsnHashKeys"] = new JsonArray("c2hvcnQ=");
        root["Gateway"]!["Storage"]!["KeyRotation"] = new JsonObject { ["BatchSize"] = 0, ["BatchesPerSweep"] = 0 };
        root["Gateway"]!["Jobs"] = new JsonObject { ["KeyRotationSweep"] = "00:00:00" };
        var config = Path.Combine(_directory, "run.json");
        File.WriteAllText(config, root.ToJsonString());

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        foreach (var key in new[] { "Gateway:Storage:PreviousBsnHashKeys:0 is 5 bytes", "Gateway:Storage:KeyRotation:BatchSize", "Gateway:Storage:KeyRotation:BatchesPerSweep", "Gateway:Jobs:KeyRotationSweep" })
        {
            Assert.True(run.Error.Contains(key, StringComparison.Ordinal), $"{key} missing from: {run.Error}");
        }
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private string RotatedConfig() => WriteConfig("rotated.json", Options(_key2, "2", retired: new() { ["1"] = _key1 }, _hashKey2, previous: [_hashKey1]));

    private StorageOptions Options(string key, string keyId, Dictionary<string, string> retired, string hashKey, List<string> previous) => new()
    {
        DatabasePath = DatabasePath,
        EncryptionKey = key,
        EncryptionKeyId = keyId,
        RetiredEncryptionKeys = retired,
        BsnHashKey = hashKey,
        PreviousBsnHashKeys = previous,
    };

    private string WriteConfig(string name, StorageOptions options, int? batchSize = null)
    {
        var storage = new JsonObject
        {
            ["DatabasePath"] = options.DatabasePath,
            ["EncryptionKey"] = options.EncryptionKey,
            ["EncryptionKeyId"] = options.EncryptionKeyId,
            ["RetiredEncryptionKeys"] = new JsonObject(options.RetiredEncryptionKeys.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["BsnHashKey"] = options.BsnHashKey,
            ["PreviousBsnHashKeys"] = new JsonArray([.. options.PreviousBsnHashKeys.Select(k => (JsonNode?)JsonValue.Create(k))]),
        };
        if (batchSize is { } size)
        {
            storage["KeyRotation"] = new JsonObject { ["BatchSize"] = size };
        }

        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, new JsonObject { ["Gateway"] = new JsonObject { ["Storage"] = storage } }.ToJsonString());
        return path;
    }

    /// <summary>Messages with a BSN written under payload key 1 and BSN hash key 1, as a gateway before the key change did.</summary>
    private async Task SeedAsync(int count)
    {
        using var store = new SqliteMessageStore(Options(_key1, "1", retired: [], _hashKey1, previous: []), TimeProvider.System);
        for (var i = 0; i < count; i++)
        {
            var identificatie = "K" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            await using var tx = await store.BeginAsync();
            await tx.InsertMessageAsync(new NewMessage
            {
                Direction = MessageDirection.Inbound,
                Kind = MessageKind.Heen,
                State = MessageState.Received,
                Payload = Encoding.UTF8.GetBytes($"<Bericht><Bsn>{Bsn}</Bsn></Bericht>"),
                Standard = Standard.Ijw,
                Code = MessageCode.Toewijzing,
                Afzender = "0363",
                Identificatie = identificatie,
                DedupKey = new DedupKey(Standard.Ijw, MessageCode.Toewijzing, "0363", identificatie),
                Bsns = [Bsn],
            });
            await tx.CommitAsync();
        }
    }
}
