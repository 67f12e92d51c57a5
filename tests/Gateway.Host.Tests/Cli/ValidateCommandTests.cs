using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

public class ValidateCommandTests
{
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
}
