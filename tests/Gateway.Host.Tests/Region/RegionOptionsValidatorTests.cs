using Gateway.Host.Region;
using Gateway.Routing.Region;

namespace Gateway.Host.Tests.Region;

public class RegionOptionsValidatorTests
{
    [Fact]
    public void Validate_HttpAndDirectoryBackOffices_Succeeds()
    {
        var result = new RegionOptionsValidator().Validate(null, new RegionOptions
        {
            Gemeenten =
            [
                new GemeenteOptions { Code = "0363", BackOffice = new BackOfficeOptions { Endpoint = "http://127.0.0.1:9/x", ApiKey = "0123456789abcdef" } },
                new GemeenteOptions { Code = "0518", BackOffice = new BackOfficeOptions { Kind = BackOfficeKind.Directory, InboxPath = "/tmp/in", OutboxPath = "/tmp/out" } },
            ],
        });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_Mistakes_EachNamedWithItsKey()
    {
        var result = new RegionOptionsValidator().Validate(null, new RegionOptions
        {
            Gemeenten =
            [
                new GemeenteOptions { Code = "363", BackOffice = new BackOfficeOptions { Endpoint = "ftp://x", ApiKey = "short" } },
                new GemeenteOptions { Code = "0518", BackOffice = new BackOfficeOptions { Kind = BackOfficeKind.Directory, InboxPath = "/tmp/same", OutboxPath = "/tmp/same" } },
                new GemeenteOptions { Code = "0518", BackOffice = new BackOfficeOptions { Kind = BackOfficeKind.Directory } },
            ],
        });

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Gateway:Region:Gemeenten:0:Code", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Region:Gemeenten:0:BackOffice:Endpoint", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Region:Gemeenten:0:BackOffice:ApiKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("must be different directories", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("appears twice", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("must both be set", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoGemeenten_SaysToConfigureOne()
    {
        var result = new RegionOptionsValidator().Validate(null, new RegionOptions());

        Assert.Contains(result.Failures!, f => f.Contains("at least one gemeente", StringComparison.Ordinal));
    }
}
