using Gateway.HubSimulator.Provider;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Tests.Provider;

public class SampleRegionTests
{
    [Fact]
    public void Create_ClientsHaveUniqueBsnsPassingElfproef()
    {
        var region = SampleRegion.Create(seed: 7, clients: 500);

        Assert.Equal(500, region.Clients.Count);
        Assert.All(region.Clients, c => Assert.True(SampleRegion.PassesElfproef(c.Bsn)));
        Assert.Equal(500, region.Clients.Select(c => c.Bsn).Distinct().Count());
        Assert.Contains(region.Clients, c => c.Standard == Standard.Ijw);
        Assert.Contains(region.Clients, c => c.Standard == Standard.Iwmo);
        Assert.All(region.Clients, c => Assert.Contains(region.Gemeenten, g => g.Code == c.Gemeente));
    }

    [Fact]
    public void Create_SameSeed_SameRegion() =>
        Assert.Equal(SampleRegion.Create(3, 20).Clients, SampleRegion.Create(3, 20).Clients);

    [Theory]
    [InlineData("999990019", true)]
    [InlineData("999990020", true)]
    [InlineData("999990018", false)]
    [InlineData("12345678", false)]
    public void PassesElfproef(string bsn, bool expected) => Assert.Equal(expected, SampleRegion.PassesElfproef(bsn));
}
