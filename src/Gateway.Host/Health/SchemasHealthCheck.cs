using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>The schema packs are loaded (set by start-up before the endpoints serve).</summary>
internal sealed class SchemasHealthCheck(GatewayReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.SchemasLoaded ? HealthCheckResult.Healthy("schema packs loaded") : HealthCheckResult.Unhealthy("schema packs not loaded"));
}
