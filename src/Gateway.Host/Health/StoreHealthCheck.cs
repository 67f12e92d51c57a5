using Gateway.Storage.Relational;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>The store is migrated and takes a write: the heartbeat row is rewritten in a committed transaction.</summary>
internal sealed class StoreHealthCheck(GatewayReadiness readiness, IStoreGauges store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.Migrated)
        {
            return HealthCheckResult.Unhealthy("store migrations not done");
        }

        try
        {
            await store.WriteHeartbeatAsync(cancellationToken);
            return HealthCheckResult.Healthy("store writable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The type only: an exception text could name a path or a value.
            return HealthCheckResult.Unhealthy("store not writable: " + e.GetType().Name);
        }
    }
}
