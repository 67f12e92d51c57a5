using Gateway.Host.Operators;
using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>A report within the operator's gemeenten.</summary>
public sealed class ReportQueriesTests
{
    private static readonly OperatorAccount Region = new("regio", new HashSet<string>(StringComparer.Ordinal) { "*" });
    private static readonly OperatorAccount TwoGemeenten = new("twee", new HashSet<string>(StringComparer.Ordinal) { "0599", "0363" });

    [Fact]
    public void TryScope_RegionOperatorAskingNothing_EveryGemeente()
    {
        Assert.True(ReportQueries.TryScope(Region, SomeFigures.Request with { Gemeenten = [] }, out var scoped));

        Assert.Empty(scoped.Gemeenten);
    }

    [Fact]
    public void TryScope_RegionOperatorAskingAny_AsAsked()
    {
        Assert.True(ReportQueries.TryScope(Region, SomeFigures.Request with { Gemeenten = ["0518"] }, out var scoped));

        Assert.Equal(["0518"], scoped.Gemeenten);
    }

    [Fact]
    public void TryScope_GemeenteOperatorAskingNothing_TheirOwnGemeenten()
    {
        Assert.True(ReportQueries.TryScope(TwoGemeenten, SomeFigures.Request with { Gemeenten = [] }, out var scoped));

        Assert.Equal(["0363", "0599"], scoped.Gemeenten);
    }

    [Fact]
    public void TryScope_GemeenteOperatorAskingOneOfTheirs_AsAsked()
    {
        Assert.True(ReportQueries.TryScope(TwoGemeenten, SomeFigures.Request with { Gemeenten = ["0599"] }, out var scoped));

        Assert.Equal(["0599"], scoped.Gemeenten);
    }

    [Fact]
    public void TryScope_GemeenteOperatorAskingAnother_Refused()
    {
        Assert.False(ReportQueries.TryScope(TwoGemeenten, SomeFigures.Request with { Gemeenten = ["0363", "0518"] }, out _));
    }
}
