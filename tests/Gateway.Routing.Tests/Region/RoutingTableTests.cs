using Gateway.Routing.Region;

namespace Gateway.Routing.Tests.Region;

public sealed class RoutingTableTests
{
    private static readonly GemeenteRoute Utrecht = new() { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://localhost/bo") } };

    [Fact]
    public void Problem_GemeenteOfTheRegionAnyProvider_None()
    {
        var table = new RoutingTable(new RegionRoutes { Gemeenten = [Utrecht] });

        Assert.Null(table.Problem("0344", "41101234"));
        Assert.Equal("backoffice:0344", RoutingTable.BackOfficeOf("0344").Value);
    }

    [Fact]
    public void Problem_UnknownGemeente_NamesTheKnownOnes()
    {
        var table = new RoutingTable(new RegionRoutes { Gemeenten = [Utrecht] });

        Assert.Contains("(known: 0344)", table.Problem("0363", "41101234"), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UnknownAgbWhenProvidersListed_Named()
    {
        var table = new RoutingTable(new RegionRoutes { Gemeenten = [Utrecht], KnownProviders = ["41101234"] });

        Assert.Null(table.Problem("0344", "41101234"));
        Assert.Contains("AGB code 98031234", table.Problem("0344", "98031234"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderProblem_AnyGemeente_OnlyTheAgbIsChecked()
    {
        var table = new RoutingTable(new RegionRoutes { Gemeenten = [Utrecht], KnownProviders = ["41101234"] });

        Assert.Null(table.ProviderProblem("41101234"));
        Assert.Contains("Region:KnownProviders", table.ProviderProblem("98031234"), StringComparison.Ordinal);
        Assert.Null(new RoutingTable(new RegionRoutes { Gemeenten = [Utrecht] }).ProviderProblem("98031234"));
    }

    [Fact]
    public void Constructor_DirectoryBackOfficeWithoutPaths_TellsWhatToSet()
    {
        var bad = Utrecht with { BackOffice = new BackOfficeRoute { Kind = BackOfficeKind.Directory } };

        var error = Assert.Throws<ArgumentException>(() => new RoutingTable(new RegionRoutes { Gemeenten = [bad] }));

        Assert.Contains("InboxPath", error.Message, StringComparison.Ordinal);
    }
}
