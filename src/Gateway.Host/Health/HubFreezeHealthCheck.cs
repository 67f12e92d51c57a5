using Gateway.Routing.Freezes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>A release freeze of the hub is Degraded: intake goes on, deliveries to the hub are held (no attempts spent) until it ends.</summary>
internal sealed class HubFreezeHealthCheck(FreezeCalendar freezes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(freezes.Current() is { } freeze
            ? HealthCheckResult.Degraded(Describe(freeze))
            : HealthCheckResult.Healthy("hub not frozen"));

    private static string Describe(HubFreeze freeze) => freeze.Source == FreezeSource.Configured
        ? FormattableString.Invariant($"hub frozen by configured window '{freeze.Name}' from {freeze.Since:O} until {freeze.Until:O}: deliveries to the hub are held and released oldest first at its end")
        : FormattableString.Invariant($"hub frozen since {freeze.Since:O} (learned from IB103), next probe at {freeze.NextProbeAt:O}, held at most until {freeze.Until:O}: deliveries to the hub are held and released oldest first at its end");
}
