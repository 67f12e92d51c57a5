namespace Gateway.Routing.Tests;

public sealed class RoutingAssemblyTests
{
    [Fact]
    public void Name_IsTheAssemblyName()
    {
        Assert.Equal("Gateway.Routing", RoutingAssembly.Name);
    }
}
