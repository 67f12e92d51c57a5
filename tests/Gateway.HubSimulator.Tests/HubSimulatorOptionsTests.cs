namespace Gateway.HubSimulator.Tests;

public class HubSimulatorOptionsTests
{
    [Fact]
    public void Parse_AllFlags()
    {
        var (options, latency, error) = HubSimulatorOptions.Parse(
            ["--urls", "http://127.0.0.1:5081", "--gateway", "http://127.0.0.1:5000/ggk", "--seed", "7", "--clients", "12", "--reject-fraction", "0.25", "--traffic-interval", "0.5", "--latency-ms", "30"]);

        Assert.Null(error);
        Assert.Equal("http://127.0.0.1:5081", options!.Urls);
        Assert.Equal(new Uri("http://127.0.0.1:5000/ggk"), options.GatewayUrl);
        Assert.Equal((7, 12, 0.25), (options.Seed, options.Clients, options.RejectFraction));
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.TrafficInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(30), latency);
    }

    [Theory]
    [InlineData("--reject-fraction", "2")]
    [InlineData("--gateway", "not a url")]
    [InlineData("--bogus", "1")]
    public void Parse_BadValue_ErrorWithUsage(string name, string value)
    {
        var (options, _, error) = HubSimulatorOptions.Parse([name, value]);

        Assert.Null(options);
        Assert.Contains("--traffic-interval", error, StringComparison.Ordinal);
    }
}
