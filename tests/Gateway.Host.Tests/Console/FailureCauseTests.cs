using Gateway.Host.Console;

namespace Gateway.Host.Tests.Console;

public sealed class FailureCauseTests
{
    [Theory]
    [InlineData("nl", "Blijvende fout bij poging n: backoffice antwoordde HTTP n")]
    [InlineData("en", "Permanent failure on attempt n: back office answered HTTP n")]
    public void Readable_OurOwnReason_InThePagesLanguage_NumbersAsN(string language, string expected) =>
        Assert.Equal(expected, FailureCause.Readable("Permanent failure on attempt #: back office answered HTTP #", ConsoleTexts.For(language)));

    [Fact]
    public void Readable_RetryHorizon_TheBlankedSpanLeftOut()
    {
        var cause = "Retry horizon of #.#:#:# passed after # attempts; last failure: timeout after #s";

        Assert.Equal("Herhaaltermijn verstreken na n pogingen; laatste fout: timeout after ns", FailureCause.Readable(cause, ConsoleTexts.For("nl")));
        Assert.Equal("Retry horizon passed after n attempts; last failure: timeout after ns", FailureCause.Readable(cause, ConsoleTexts.For("en")));
    }

    [Fact]
    public void Readable_SomeoneElsesText_OnlyItsNumbersChange() =>
        Assert.Equal("Fo01 n: bericht onbekend", FailureCause.Readable("Fo01 #: bericht onbekend", ConsoleTexts.For("en")));
}
