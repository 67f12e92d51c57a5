using Gateway.Host.Cluster;

namespace Gateway.Host.Tests.Cluster;

/// <summary>The instance name: optional, a plain token an operator can read in the lease owners, refused with its full key otherwise.</summary>
public sealed class ClusterOptionsValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("gateway-1")]
    [InlineData("region.north-2")]
    public void Validate_EmptyOrPlainName_Accepted(string name) =>
        Assert.True(new ClusterOptionsValidator().Validate(null, new ClusterOptions { InstanceName = name }).Succeeded);

    [Theory]
    [InlineData("gateway 1")]
    [InlineData("gateway#1")]
    [InlineData("gateway_%")]
    [InlineData("a-name-that-is-far-too-long-for-an-instance-x")]
    public void Validate_OtherCharactersOrTooLong_RefusedNamingTheKey(string name)
    {
        var result = new ClusterOptionsValidator().Validate(null, new ClusterOptions { InstanceName = name });

        Assert.True(result.Failed);
        Assert.Contains("Gateway:Cluster:InstanceName", result.FailureMessage, StringComparison.Ordinal);
    }
}
