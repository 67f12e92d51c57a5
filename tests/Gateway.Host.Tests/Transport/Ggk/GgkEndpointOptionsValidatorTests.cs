using Gateway.Host.Transport.Ggk;

namespace Gateway.Host.Tests.Transport.Ggk;

public class GgkEndpointOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new GgkEndpointOptionsValidator().Validate(null, new GgkEndpointOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BadBounds_EveryProblemWithItsKey()
    {
        var options = new GgkEndpointOptions { MaxConcurrentRequests = 0, MaxEnvelopeBytes = 10, MaxBytesInFlight = 5, RetryAfter = TimeSpan.Zero, Path = "ggk" };

        var message = new GgkEndpointOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Contains("Gateway:GgkEndpoint:MaxConcurrentRequests must be at least 1 (it is 0)", message, StringComparison.Ordinal);
        Assert.Contains("Gateway:GgkEndpoint:MaxEnvelopeBytes must be between 1024", message, StringComparison.Ordinal);
        Assert.Contains("Gateway:GgkEndpoint:MaxBytesInFlight (5) must be at least Gateway:GgkEndpoint:MaxEnvelopeBytes (10)", message, StringComparison.Ordinal);
        Assert.Contains("Gateway:GgkEndpoint:RetryAfter must be between", message, StringComparison.Ordinal);
        Assert.Contains("Gateway:GgkEndpoint:Path must start with '/'", message, StringComparison.Ordinal);
    }
}
