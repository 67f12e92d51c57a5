using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS319_DeclaratieNummerLettersEnCijfersTests
{
    private readonly CS319_DeclaratieNummerLettersEnCijfers _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_LettersAndDigits_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Theory]
    [InlineData("D-2026-10001")]
    [InlineData("D2026 10001")]
    [InlineData("D2026.10001")]
    [InlineData("D2026é10001")]
    public void Check_OtherCharacters_ReportsDeclaratieNummer(string nummer)
    {
        var b = WithNummer(Declaratie(Ijw323), nummer);

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/Declaratie/DeclaratieNummer", violation.Path);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("abcXYZ012345")]
    public void Check_OnlyDigitsOrOnlyLetters_Passes(string nummer)
    {
        Assert.Empty(_rule.Check(WithNummer(Declaratie(Iwmo323), nummer)));
    }

    [Fact]
    public void EnforcedBySchema_IsTrue()
    {
        Assert.True(_rule.EnforcedBySchema);
    }

    private static Bericht323 WithNummer(Bericht323 b, string nummer) =>
        b with { Declaratie = b.Declaratie with { DeclaratieNummer = nummer } };
}
