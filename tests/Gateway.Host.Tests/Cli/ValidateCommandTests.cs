using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_AllSamples_EveryFileOkAndExit0()
    {
        var run = GatewayCli.Run("validate", "samples/ijw", "samples/iwmo");

        Assert.Equal(0, run.ExitCode);
        var files = run.OutLines[..^1];
        Assert.Equal(44, files.Length);
        Assert.All(files, line => Assert.StartsWith("OK  samples/", line, StringComparison.Ordinal));
        Assert.Contains("OK  samples/ijw/jw301-toewijzing.xml  JW301 3.2", files);
        Assert.Equal("44 files: 44 valid, 0 invalid.", run.OutLines[^1]);
    }

    [Fact]
    public void Validate_Json_InvalidSamples_EachReportsTheCodeItsNamePromises()
    {
        var run = GatewayCli.Run("validate", "--json", "samples/invalid");

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.OutLines);
        Assert.Equal(Directory.GetFiles(RepoPaths.Sample("invalid"), "*.xml", SearchOption.AllDirectories).Length, run.OutLines.Length);
        foreach (var line in run.OutLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var file = root.GetProperty("file").GetString()!;
            var promised = Path.GetFileName(file).Split('-')[0];
            Assert.False(root.GetProperty("valid").GetBoolean(), file);
            var codes = root.GetProperty("errors").EnumerateArray()
                .SelectMany(e => new[] { e.GetProperty("code").GetString(), e.TryGetProperty("rule", out var rule) ? rule.GetString() : null })
                .ToList();
            Assert.True(codes.Contains(promised), $"{file}: {string.Join(", ", codes)}");
        }
    }

    [Fact]
    public void Validate_Json_LineHasEveryField()
    {
        var run = GatewayCli.Run("validate", "--json", "samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        var root = json.RootElement;
        Assert.Equal("ijw", root.GetProperty("standard").GetString());
        Assert.Equal("305", root.GetProperty("message").GetString());
        Assert.Equal("3.2", root.GetProperty("release").GetString());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(2, error.GetProperty("level").GetInt32());
        Assert.Equal("CS002", error.GetProperty("code").GetString());
        Assert.Equal("0001", error.GetProperty("retourcode").GetString());
        Assert.Equal("/Bericht/Client/Bsn", error.GetProperty("path").GetString());
        Assert.Equal(19, error.GetProperty("line").GetInt32());
        Assert.False(error.TryGetProperty("rule", out _));
    }

    [Fact]
    public void Validate_Json_XsdFacetError_CarriesRule()
    {
        var run = GatewayCli.Run("validate", "--json", "samples/invalid/CS025-berichtversie-niet-3.xml");

        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal((1, "XSD", "CS025"), (error.GetProperty("level").GetInt32(), error.GetProperty("code").GetString(), error.GetProperty("rule").GetString()));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("retourcode").ValueKind);
    }

    [Fact]
    public void Validate_Human_IndentsIssuesWithLevelCodePathAndLine()
    {
        var run = GatewayCli.Run("validate", "samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("FAIL  samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml  JW305 3.2", run.OutLines[0]);
        Assert.StartsWith("    L2 CS002 /Bericht/Client/Bsn (line 19): ", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NeverPrintsTheBsn()
    {
        var bsn = System.Text.RegularExpressions.Regex.Match(
            File.ReadAllText(RepoPaths.Sample("invalid", "CS002-bsn-voldoet-niet-aan-elfproef.xml")), "<[^>]*Bsn>([0-9]+)<").Groups[1].Value;

        var human = GatewayCli.Run("validate", "samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");
        var json = GatewayCli.Run("validate", "--json", "samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        Assert.NotEmpty(bsn);
        Assert.DoesNotContain(bsn, human.Out + human.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, json.Out + json.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--bogus", "samples/ijw")]
    [InlineData("validate", "samples/does-not-exist.xml")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Validate_UsageError_Exit2WithMessage(params string[] args)
    {
        var run = GatewayCli.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Validate_MissingPath_NamesThePath()
    {
        var run = GatewayCli.Run("validate", "samples/ijw", "samples/nope.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("samples/nope.xml", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Validate_SchemasOptionToMissingFolder_Exit2()
    {
        var run = GatewayCli.Run("validate", "--schemas", "no-such-folder", "samples/ijw");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderOfValidAndInvalidFiles_OneLinePerFileInInputOrderAndExit1()
    {
        var (folder, expected) = MixedFolder();

        var run = GatewayCli.Run("validate", folder);

        Assert.Equal(1, run.ExitCode);
        var fileLines = run.OutLines.Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [.. expected.Select(e => $"{(e.Valid ? "OK" : "FAIL")}  {Path.Join(folder, e.Name)}"), $"{expected.Count} files: {expected.Count(e => e.Valid)} valid, {expected.Count(e => !e.Valid)} invalid."],
            [.. fileLines.Take(expected.Count).Select(l => l[..l.LastIndexOf("  ", StringComparison.Ordinal)]), fileLines[^1]]);
        Assert.Equal(expected.Count + 1, fileLines.Count);
    }

    [Fact]
    public void Validate_Json_FolderOfValidAndInvalidFiles_LinesInInputOrder()
    {
        var (folder, expected) = MixedFolder();

        var run = GatewayCli.Run("validate", "--json", folder);

        Assert.Equal(1, run.ExitCode);
        var lines = run.OutLines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return (json.RootElement.GetProperty("file").GetString()!, json.RootElement.GetProperty("valid").GetBoolean());
        });
        Assert.Equal(expected.Select(e => (Path.Join(folder, e.Name), e.Valid)), lines);
    }

    [Fact]
    public void Validate_FolderOfValidFilesOnly_Exit0AndEveryFileCounted()
    {
        var (folder, expected) = MixedFolder();
        foreach (var invalid in expected.Where(e => !e.Valid))
        {
            File.Delete(Path.Combine(folder, invalid.Name));
        }

        var run = GatewayCli.Run("validate", folder);

        var valid = expected.Count(e => e.Valid);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(valid, run.OutLines.Count(l => l.StartsWith("OK  ", StringComparison.Ordinal)));
        Assert.Equal($"{valid} files: {valid} valid, 0 invalid.", run.OutLines[^1]);
    }

    /// <summary>
    /// A temporary folder of 120 files, valid samples and invalid ones interleaved, named so their sorted order is
    /// known; invalid files of both levels, so some take longer than their neighbours.
    /// </summary>
    private (string Folder, List<(string Name, bool Valid)> Files) MixedFolder()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-validate-").FullName;
        _folders.Add(folder);
        var valid = Directory.GetFiles(RepoPaths.Sample("ijw"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        var invalid = Directory.GetFiles(RepoPaths.Sample("invalid"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        var files = new List<(string Name, bool Valid)>();
        for (var i = 0; i < 120; i++)
        {
            // Two valid, one invalid, so runs of each kind meet at every worker boundary.
            var isValid = i % 3 != 2;
            var source = isValid ? valid[i % valid.Length] : invalid[i % invalid.Length];
            var name = $"{i:D3}-{Path.GetFileName(source)}";
            File.Copy(source, Path.Combine(folder, name));
            files.Add((name, isValid));
        }

        return (folder, files);
    }
}
