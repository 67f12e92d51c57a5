using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Validation;

namespace Gateway.Host.Tests.Cli;

public class RetourCommandTests
{
    private static readonly MessageValidator Validator = new(new MessagesOptions { SchemaRoot = RepoPaths.Schemas });

    [Fact]
    public void Retour_ValidToewijzing_PrintsA302ThatValidates()
    {
        var run = GatewayCli.Run("retour", "samples/ijw/jw301-toewijzing.xml");

        Assert.Equal(0, run.ExitCode);
        var retour = Assert.IsType<Bericht302>(Answer(run));
        Assert.Empty(retour.Header.RetourCodes);
        Assert.Equal("R0001", retour.Header.IdentificatieRetour);
        Assert.Equal(new DateOnly(2026, 11, 22), retour.Header.DagtekeningRetour);
    }

    [Fact]
    public void Retour_StartBreakingARule_PrintsA306With0001()
    {
        var run = GatewayCli.Run("retour", "samples/invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        Assert.Equal(0, run.ExitCode);
        var retour = Assert.IsType<Bericht306>(Answer(run));
        Assert.Equal(["0001"], retour.Header.RetourCodes);
        Assert.NotNull(retour.Header.XsltVersie);
        Assert.Contains("CS002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retour_Declaratie_PrintsA325With0200And8001()
    {
        var run = GatewayCli.Run("retour", "samples/ijw/jw323-declaratie.xml");

        Assert.Equal(0, run.ExitCode);
        var antwoord = Assert.IsType<Bericht325>(Answer(run));
        Assert.Equal(["0200"], antwoord.Header.RetourCodes);
        Assert.Equal(["8001"], antwoord.DeclaratieAntwoord!.RetourCodes);
    }

    [Fact]
    public void Retour_Level1Invalid_PrintsTheFo01StUF055AndWhy()
    {
        var run = GatewayCli.Run("retour", "samples/invalid/CS025-berichtversie-niet-3.xml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Fo01", run.Out, StringComparison.Ordinal);
        Assert.Contains("StUF055", run.Out, StringComparison.Ordinal);
        Assert.Contains("L1 XSD /Bericht/Header/BerichtVersie", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/ijw/jw302-toewijzing-retour.xml")]
    [InlineData("samples/iwmo/wmo325-declaratie-antwoord.xml")]
    public void Retour_OfAnAnswer_SaysThereIsNoneAndExit1(string file)
    {
        var run = GatewayCli.Run("retour", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("No answer:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Retour_MissingFile_Exit2NamingIt()
    {
        var run = GatewayCli.Run("retour", "samples/nope.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("samples/nope.xml", run.Error, StringComparison.Ordinal);
    }

    private static Bericht Answer(CliRun run)
    {
        var result = Validator.Validate(Encoding.UTF8.GetBytes(run.Out.TrimEnd()));
        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => i.Message)));
        return result.Bericht!;
    }
}
