using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_Retourcode9321_MeaningRuleAndFix()
    {
        var run = GatewayCli.Run("explain", "9321");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("TR321", run.Out, StringComparison.Ordinal);
        Assert.Contains("NL: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("EN: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fix (EN): ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TR018", "307")]
    [InlineData("CS002", "301")]
    [InlineData("cs002", "305")]
    public void Explain_Level2Rule_MeaningRetourcodeMessagesAndFix(string code, string message)
    {
        var run = GatewayCli.Run("explain", code);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rule " + code.ToUpperInvariant(), run.Out, StringComparison.Ordinal);
        Assert.Contains("Retourcode: 0001", run.Out, StringComparison.Ordinal);
        Assert.Contains(message, run.Out, StringComparison.Ordinal);
        Assert.Contains("Fix (NL): ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fix (EN): ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Level3RuleCode_GivesItsRetourcode()
    {
        var run = GatewayCli.Run("explain", "TR321");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rule TR321", run.Out, StringComparison.Ordinal);
        Assert.Contains("Level:      3 (against earlier messages)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Retourcode: 9321", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RuleEnforcedBySchema_SaysLevel1()
    {
        var run = GatewayCli.Run("explain", "CS025");

        Assert.Contains("level 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Level1Code_SaysStUF055()
    {
        var run = GatewayCli.Run("explain", "XSD");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("StUF055", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownCode_Exit2()
    {
        var run = GatewayCli.Run("explain", "ZZ999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ZZ999", run.Error, StringComparison.Ordinal);
    }
}
