using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Tests.Contracts;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Region;

/// <summary>The sample reference data (Weesp 0457 → Amsterdam 0363, Beemster 0370 → Purmerend 0439) in the test region (0344, 0363).</summary>
public sealed class GemeenteMergersTests : IDisposable
{
    private readonly RegionFiles _region = new();
    private readonly FakeTimeProvider _time = new(TestGateway.Start);

    private readonly FakeTimeProvider _dayBeforeWeespMerged = new(new DateTimeOffset(2022, 3, 23, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _region.Dispose();

    [Fact]
    public void RouteOf_CodeMergedIntoAGemeenteOfTheRegion_TheSuccessorInRegion()
    {
        var route = Mergers().RouteOf("0457");

        Assert.NotNull(route);
        Assert.Equal(("0363", "Amsterdam", true), (route.Successor.Code, route.Successor.Naam, route.InRegion));
    }

    [Fact]
    public void RouteOf_CodeMergedOutsideTheRegion_OutsideNamingTheSuccessor()
    {
        var route = Mergers().RouteOf("0370");

        Assert.NotNull(route);
        Assert.False(route.InRegion);
        Assert.Contains("its successor is 0439 (Purmerend)", route.OutsideRegion, StringComparison.Ordinal);
        Assert.Contains("Send the message to gemeente 0439", route.OutsideRegion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0363")] // configured in the region
    [InlineData("0599")] // current, not in the region
    [InlineData("9998")] // never a CBS code
    public void RouteOf_CodeThatDidNotCease_NoMergerRoute(string code) => Assert.Null(Mergers().RouteOf(code));

    [Fact]
    public void RouteOf_CeasedCodeTheRegionConfiguresItself_KeepsItsOwnBackOffice()
    {
        var region = new RoutingTable(new RegionRoutes { Gemeenten = [.. RegionFiles.TestRegion.Gemeenten, RegionFiles.TestRegion.Find("0363")! with { Code = "0457", Name = "Weesp" }] });

        Assert.Null(new GemeenteMergers(_region.Reference(_time), region, _time).RouteOf("0457"));
    }

    [Fact]
    public void RouteOf_BeforeTheMergerDay_TheOldCodeStandsForItself()
    {
        var mergers = new GemeenteMergers(_region.Reference(_dayBeforeWeespMerged), RegionFiles.TestRegion, _dayBeforeWeespMerged);

        Assert.Null(mergers.RouteOf("0457"));
        Assert.Equal(["0363"], mergers.JoinedCodes("0363"));
    }

    [Fact]
    public void JoinedCodes_AskedAgainOnTheMergerDay_TheMergedCodeJoins()
    {
        var mergers = new GemeenteMergers(_region.Reference(_dayBeforeWeespMerged), RegionFiles.TestRegion, _dayBeforeWeespMerged);
        Assert.Equal(["0363"], mergers.JoinedCodes("0363"));

        _dayBeforeWeespMerged.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["0363", "0457"], mergers.JoinedCodes("0363"));
        Assert.Equal(["0363", "0457"], mergers.JoinedCodes("0457"));
    }

    [Fact]
    public void JoinedCodes_AskedTwice_TheSameAnswer()
    {
        var mergers = Mergers();

        Assert.Equal(mergers.JoinedCodes("0010"), mergers.JoinedCodes("0010"));
        Assert.Equal(["0003", "0010", "0024", "1979"], mergers.JoinedCodes("1979"));
    }

    [Theory]
    [InlineData("0363")]
    [InlineData("0457")]
    public void JoinedCodes_MergedCodeOrSuccessor_BothCodes(string code) => Assert.Equal(["0363", "0457"], Mergers().JoinedCodes(code));

    [Fact]
    public void JoinedCodes_SeveralCodesMergedIntoOne_AllOfThem() => Assert.Equal(["0003", "0010", "0024", "1979"], Mergers().JoinedCodes("0010"));

    [Theory]
    [InlineData("0344")]
    [InlineData("9998")]
    public void JoinedCodes_NoMerger_OnlyItself(string code) => Assert.Equal([code], Mergers().JoinedCodes(code));

    [Fact]
    public void JoinedCodes_WithoutReferenceData_EveryCodeStandsForItself()
    {
        var mergers = new GemeenteMergers(NoReferenceData.Source(_time), RegionFiles.TestRegion, _time);

        Assert.Equal(["0457"], mergers.JoinedCodes("0457"));
        Assert.Null(mergers.RouteOf("0457"));
    }

    private GemeenteMergers Mergers() => new(_region.Reference(_time), RegionFiles.TestRegion, _time);
}
