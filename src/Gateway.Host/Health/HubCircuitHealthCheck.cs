using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;

namespace Gateway.Host.Health;

/// <summary>The circuit to the hub: open (or isolated) is Degraded — intake goes on, deliveries to the hub wait.</summary>
internal sealed class HubCircuitHealthCheck(HubCircuitState circuit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(circuit.State is CircuitState.Open or CircuitState.Isolated
            ? HealthCheckResult.Degraded("hub circuit " + circuit.Name + ": deliveries to the hub wait for it to close")
            : HealthCheckResult.Healthy("hub circuit " + circuit.Name));
}
