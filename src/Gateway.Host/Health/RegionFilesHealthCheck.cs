using Gateway.Routing.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>
/// The reference data and contract register files: a file whose last reload failed leaves the gateway on the previous
/// version, so it is Degraded (still ready), never Unhealthy.
/// </summary>
internal sealed class RegionFilesHealthCheck(ContractsStatus contracts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stale = contracts.Sources.Where(s => s.IsStale).Select(s => s.Name).ToList();
        return Task.FromResult(stale.Count == 0
            ? HealthCheckResult.Healthy("region files current")
            : HealthCheckResult.Degraded("last reload failed, running on the previous version: " + string.Join(", ", stale)));
    }
}
