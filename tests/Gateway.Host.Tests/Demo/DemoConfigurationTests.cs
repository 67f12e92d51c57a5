using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Demo;

/// <summary>The configuration the demo writes holds keys: only its owner may read it.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class DemoConfigurationTests : IAsyncLifetime
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-democonfig-" + Guid.NewGuid().ToString("N")[..8]);
    private BackOfficeSink _sink = null!;

    public async Task InitializeAsync() => _sink = await BackOfficeSink.StartAsync(new Dictionary<string, string> { ["0363"] = "backoffice-0363-key-change-me" });

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Write_NewFolder_KeyFileIs0600AndFolder0700()
    {
        var path = Write();

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        Assert.Equal(DemoConfiguration.OwnerOnlyFolder, File.GetUnixFileMode(_directory));
        var storage = JsonNode.Parse(File.ReadAllText(path))!["Gateway"]!["Storage"]!;
        Assert.Equal(32, Convert.FromBase64String(storage["EncryptionKey"]!.GetValue<string>()).Length);
        Assert.True(JsonNode.Parse(File.ReadAllText(path))!["Gateway"]!["AllowSampleKeys"]!.GetValue<bool>());
    }

    [Fact]
    public void Write_ReusedFolderWithAWorldReadableFile_NarrowedTo0600AndKeysKept()
    {
        var first = Write();
        var key = JsonNode.Parse(File.ReadAllText(first))!["Gateway"]!["Storage"]!["EncryptionKey"]!.GetValue<string>();
        File.SetUnixFileMode(first, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var second = Write();

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(second));
        Assert.Equal(key, JsonNode.Parse(File.ReadAllText(second))!["Gateway"]!["Storage"]!["EncryptionKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Demo_EveryFileWithAKey_IsOwnerOnly()
    {
        // What a demo run leaves behind: every file under its folder that holds a key of the configuration is 0600.
        await using var env = await RunningGateway.StartAsync();
        var keys = JsonNode.Parse(File.ReadAllText(env.ConfigPath))!["Gateway"]!["Storage"]!;
        // A key as written in JSON too: base64's '+' is stored as \u002B, so the bare key alone is missed by half the keys.
        var secrets = new[] { keys["EncryptionKey"]!.GetValue<string>(), keys["BsnHashKey"]!.GetValue<string>() }
            .SelectMany(k => new[] { k, JsonEncodedText.Encode(k).ToString() })
            .ToArray();
        await env.StopGatewayAsync();

        var withKeys = Directory.EnumerateFiles(env.Directory, "*", SearchOption.AllDirectories)
            .Where(f => secrets.Any(s => File.ReadAllText(f).Contains(s, StringComparison.Ordinal)))
            .ToList();

        Assert.True(withKeys.SequenceEqual([env.ConfigPath]), "files with keys: " + string.Join(", ", withKeys));
        Assert.All(withKeys, f => Assert.Equal(OwnerOnly, File.GetUnixFileMode(f)));
    }

    private string Write() => DemoConfiguration.Write(_directory, RepoPaths.Sample(), RepoPaths.Schemas, 5999, new Uri("http://127.0.0.1:5998/ggk"), _sink);
}
