using System.Net;
using System.Text.Json;
using Gateway.Host.Health;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly;
using Polly.CircuitBreaker;

namespace Gateway.Host.Tests.Health;

/// <summary>/health/ready through ASP.NET Core health checks over real loopback HTTP: a store write probe, and an open hub circuit as Degraded (still ready).</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Ready_Default_EveryCheckHealthyAndTheHeartbeatWritten()
    {
        await using var env = await RunningGateway.StartAsync();

        using var ready = await env.Http.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal(["hubCircuit", "hubFreeze", "regionFiles", "schemas", "store"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Equal("store writable", checks.GetProperty("store").GetProperty("description").GetString());
    }

    [Fact]
    public async Task HubCircuitCheck_CircuitIsolated_DegradedNamingTheState()
    {
        var circuit = new HubCircuitState();
        var check = new HubCircuitHealthCheck(circuit);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        // A real Polly breaker on the state provider, as the GGk client builds it, isolated by hand.
        var control = new CircuitBreakerManualControl();
        var breaker = new ResiliencePipelineBuilder().AddCircuitBreaker(new CircuitBreakerStrategyOptions { StateProvider = circuit.Provider, ManualControl = control }).Build();
        await control.IsolateAsync();

        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("hub circuit isolated: deliveries to the hub wait for it to close", result.Description);
        Assert.Equal("isolated", circuit.Name);
        GC.KeepAlive(breaker);
    }
}
