using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>A --config file the gateway cannot read ends in one line naming the file (and, for JSON, where) and exit 2, for every verb that takes it.</summary>
public sealed class ConfigurationFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-config-file-" + Guid.NewGuid().ToString("N")[..8]);

    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "run" },
        new[] { "config", "check" },
        new[] { "queue", "list" },
        new[] { "keys", "status" },
        new[] { "ceilings" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void MissingFile_OneLineNamingItAndExit2(string[] verb)
    {
        var path = Path.Combine(_directory, "nope.json");

        var run = GatewayCli.Run([.. verb, "--config", path]);

        AssertOneLine(run, $"gateway: the configuration file {path} does not exist: check the path given to --config.");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Folder_OneLineNamingItAndExit2(string[] verb)
    {
        Directory.CreateDirectory(_directory);

        var run = GatewayCli.Run([.. verb, "--config", _directory]);

        AssertOneLine(run, $"gateway: the configuration file {_directory} is a folder: give the path of a JSON file, e.g. {Path.Combine(_directory, "appsettings.json")}.");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void EmptyFile_OneLineNamingItAndExit2(string[] verb)
    {
        var path = Write("empty.json", "  \n");

        var run = GatewayCli.Run([.. verb, "--config", path]);

        AssertOneLine(run, $"gateway: the configuration file {path} is empty: it must hold a JSON object, e.g. {{ \"Gateway\": {{ … }} }} (see samples/region/appsettings.json).");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void NotJson_OneLineWithLineAndPositionAndExit2(string[] verb)
    {
        var path = Write("broken.json", "{\n  \"Gateway\": {\n    \"Retry\": { \"BaseDelay\": 00:05:00 }\n  }\n}\n");

        var run = GatewayCli.Run([.. verb, "--config", path]);

        var line = AssertOneLine(run);
        Assert.StartsWith($"gateway: the configuration file {path} is not valid JSON at line 3, position ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAnObject_OneLineAndExit2()
    {
        var path = Write("array.json", "[1, 2]");

        var run = GatewayCli.Run("config", "check", "--config", path);

        AssertOneLine(run, $"gateway: the configuration file {path} holds a JSON array, not an object: wrap the settings in {{ … }}.");
    }

    [Fact]
    public void KeysStatus_StorageValueThatDoesNotConvert_OneLineNamingTheKeyAndExit2()
    {
        var path = Write("busy.json", "{ \"Gateway\": { \"Storage\": { \"BusyTimeout\": \"banana\" } } }");

        var run = GatewayCli.Run("keys", "status", "--config", path);

        AssertOneLine(run, "gateway: the configuration needs fixing: Gateway:Storage:BusyTimeout: 'banana' is not a time span like 00:05:00 (hh:mm:ss, or d.hh:mm:ss for days).");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string AssertOneLine(CliRun run, string? expected = null)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.True(lines.Count == 1, run.Error);
        if (expected is not null)
        {
            Assert.Equal(expected, lines[0]);
        }

        return lines[0];
    }

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
