using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>
/// `gateway report`'s mistakes: one line on stderr naming the option, exit 2, before any store is opened. The CLI's clock
/// stands at 2026-11-22, so --to defaults to 2026-11.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-report-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData(new[] { "report", "zorgen" }, "gateway: <kind>: 'zorgen' is not one of: zorg, productie, declaraties, afwijzingen, doorlooptijden, plafonds")]
    [InlineData(new[] { "report", "zorg", "--from", "2026-13" }, "gateway: --from: '2026-13' is not a month like 2026-03")]
    [InlineData(new[] { "report", "zorg", "--to", "2026-3" }, "gateway: --to: '2026-3' is not a month like 2026-03")]
    [InlineData(new[] { "report", "zorg", "--from", "2026-06", "--to", "2026-03" }, "gateway: --from 2026-06 is after --to 2026-03")]
    [InlineData(new[] { "report", "zorg", "--from", "2026-12" }, "gateway: --from 2026-12 is after --to 2026-11")]
    [InlineData(new[] { "report", "zorg", "--from", "2023-01", "--to", "2026-01" }, "gateway: --from 2023-01 to --to 2026-01 is 37 months; a report covers at most 36: ask for a shorter range")]
    [InlineData(new[] { "report", "declaraties", "--format", "xlsx" }, "gateway: --format xlsx writes a workbook, not text: give --out FILE")]
    [InlineData(new[] { "report", "declaraties", "--format", "pdf" }, "gateway: --format: 'pdf' is not one of: table, csv, json, xlsx")]
    [InlineData(new[] { "report", "plafonds", "--gemeente", "0363", "363" }, "gateway: --gemeente: '363' is not a gemeentecode (4 digits, like 0363)")]
    [InlineData(new[] { "report", "plafonds", "--aanbieder", "1234" }, "gateway: --aanbieder: '1234' is not an AGB code (8 digits, like 12345678)")]
    public void Report_Mistake_OneLineNamingTheOptionAndExit2(string[] args, string expected)
    {
        AssertOneLineMistake(GatewayCli.Run(args), expected);
    }

    [Theory]
    [InlineData(new[] { "report", "zorgen", "--lang", "nl" }, "gateway: <kind>: 'zorgen' is niet een van: zorg, productie, declaraties, afwijzingen, doorlooptijden, plafonds")]
    [InlineData(new[] { "report", "zorg", "--from", "maart", "--lang", "nl" }, "gateway: --from: 'maart' is geen maand zoals 2026-03")]
    [InlineData(new[] { "report", "zorg", "--from", "2026-06", "--to", "2026-03", "--lang", "nl" }, "gateway: --from 2026-06 ligt na --to 2026-03")]
    [InlineData(new[] { "report", "zorg", "--from", "2020-01", "--to", "2026-01", "--lang", "nl" }, "gateway: --from 2020-01 tot en met --to 2026-01 is 73 maanden; een rapport beslaat er hooguit 36: vraag een kortere periode")]
    [InlineData(new[] { "report", "zorg", "--format", "xlsx", "--lang", "nl" }, "gateway: --format xlsx schrijft een werkmap, geen tekst: geef --out BESTAND")]
    [InlineData(new[] { "report", "zorg", "--gemeente", "Amsterdam", "--lang", "nl" }, "gateway: --gemeente: 'Amsterdam' is geen gemeentecode (4 cijfers, zoals 0363)")]
    [InlineData(new[] { "report", "zorg", "--aanbieder", "x", "--lang", "nl" }, "gateway: --aanbieder: 'x' is geen AGB-code (8 cijfers, zoals 12345678)")]
    public void Report_Mistake_InDutch(string[] args, string expected)
    {
        AssertOneLineMistake(GatewayCli.Run(args), expected);
    }

    [Fact]
    public void Report_NoKind_Exit2WithTheParserLine()
    {
        var run = GatewayCli.Run("report");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.EndsWith("(see 'gateway report --help')", run.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ARightRequestWithoutAStore_Exit2NamingTheMissingStore()
    {
        var config = SampleConfig.Write(_directory, SampleConfig.OwnKeys);

        var run = GatewayCli.Run("report", "declaraties", "--config", config, "--from", "2026-01", "--to", "2026-06", "--gemeente", "0363", "0599", "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("gateway: no store at ", run.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLineMistake(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Error.TrimEnd());
        Assert.Equal("", run.Out);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
