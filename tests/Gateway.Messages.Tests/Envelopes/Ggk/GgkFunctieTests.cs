using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public class GgkFunctieTests
{
    [Theory]
    [InlineData(Standard.Ijw, MessageCode.Toewijzing, "JW301", GgkBerichtcode.Di01)]
    [InlineData(Standard.Iwmo, MessageCode.DeclaratieAntwoord, "WMO325", GgkBerichtcode.Du01)]
    [InlineData(Standard.Iwmo, MessageCode.AntwoordRetour, "WMO320", GgkBerichtcode.Du01)]
    [InlineData(Standard.Ijw, MessageCode.Declaratie, "JW323", GgkBerichtcode.Di01)]
    public void For_AndBack(Standard standard, MessageCode code, string functie, GgkBerichtcode envelope)
    {
        Assert.Equal(functie, GgkFunctie.For(standard, code));
        Assert.True(GgkFunctie.TryParse(functie, out var s, out var c));
        Assert.Equal((standard, code), (s, c));
        Assert.Equal(envelope, GgkFunctie.EnvelopeFor(code));
    }

    [Theory]
    [InlineData("WMO399")]
    [InlineData("jw301")]
    [InlineData("JW3011")]
    [InlineData("")]
    public void TryParse_Invalid(string functie) => Assert.False(GgkFunctie.TryParse(functie, out _, out _));

    [Fact]
    public void Referentienummer_New_MatchesHubPattern()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.True(GgkReferentienummer.IsValid(GgkReferentienummer.New()));
        }
    }
}
