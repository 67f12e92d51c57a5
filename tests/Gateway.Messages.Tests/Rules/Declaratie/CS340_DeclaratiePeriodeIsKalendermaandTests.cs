using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS340_DeclaratiePeriodeIsKalendermaandTests
{
    private readonly CS340_DeclaratiePeriodeIsKalendermaand _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_WholeOctober_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Theory]
    [InlineData("2028-02-01", "2028-02-29")]
    [InlineData("2027-02-01", "2027-02-28")]
    [InlineData("2026-12-01", "2026-12-31")]
    public void Check_WholeMonths_Passes(string begin, string eind)
    {
        Assert.Empty(_rule.Check(WithPeriode(Declaratie(Iwmo323), begin, eind)));
    }

    [Theory]
    [InlineData("2026-10-01", "2026-10-30")]
    [InlineData("2026-10-02", "2026-10-31")]
    [InlineData("2026-10-01", "2026-11-30")]
    [InlineData("2028-02-01", "2028-02-28")]
    [InlineData("2026-09-01", "2026-10-31")]
    public void Check_NotOneWholeMonth_ReportsDeclaratiePeriode(string begin, string eind)
    {
        var violation = Assert.Single(_rule.Check(WithPeriode(Declaratie(Ijw323), begin, eind)));

        Assert.Equal("/Bericht/Declaratie/DeclaratiePeriode", violation.Path);
    }

    private static Bericht323 WithPeriode(Bericht323 b, string begin, string eind) =>
        b with { Declaratie = b.Declaratie with { DeclaratiePeriode = Periode(begin, eind) } };
}
