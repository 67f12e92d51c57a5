using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class TR061_ClientHeeftWoonOfPostadresTests
{
    private readonly TR061_ClientHeeftWoonOfPostadres _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.Sample("iwmo/wmo301-toewijzing.xml")));

    [Theory]
    [InlineData("02")]
    [InlineData("03")]
    public void Check_CorrespondenceOrResidenceAddress_ReportsNothing(string soort) =>
        Assert.Empty(_rule.Check(ContactEdits.ClientContactWith(c => c with { Soort = soort })));

    [Fact]
    public void Check_OnlyTemporaryAddress_ReportsContactgegevens()
    {
        var violation = Assert.Single(_rule.Check(ContactEdits.ClientContactWith(c => c with { Soort = "04" })));

        Assert.Equal("/Bericht/Client/Contactgegevens", violation.Path);
    }

    [Fact]
    public void Check_BrpContactWithoutAdres_PassesBecauseTheSoortCounts() =>
        Assert.Empty(_rule.Check(ContactEdits.ClientContactWith(c => c with { Adres = null })));

    [Fact]
    public void Check_OnlyTheRelatieHasABrpAddress_Reports() =>
        Assert.Single(_rule.Check(ContactEdits.ClientContactWith(c => c with { Soort = "04" }, "ijw/jw301-toewijzing.xml")));
}
