using System.Data.Common;
using Gateway.Host.Health;
using Gateway.Routing.Cluster;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;
using Microsoft.Extensions.Hosting;

namespace Gateway.Host.Jobs;

/// <summary>
/// At a clean stop (SIGTERM, Ctrl+C, the host shutting down), once every hosted service stopped and the sweeps ended:
/// gives back the delivery leases this run still holds (deliveries whose attempt the stop cut off; those it never began
/// the dispatcher gave back already, uncounted) and its sweeps' cluster leases, so another instance takes the work at once
/// instead of after the leases expire. A killed process leaves them to expire.
/// </summary>
internal sealed partial class ReleaseLeasesAtStop(IServiceProvider services, GatewayReadiness readiness, DeliveryOptions delivery, TimeProvider time, ILogger<ReleaseLeasesAtStop> logger) : IHostedLifecycleService
{
    /// <summary>How long the stop waits for the store to take the leases back; after that they expire as after a kill.</summary>
    public static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (!readiness.Migrated)
        {
            // The start did not get as far as the store: this run holds nothing.
            return;
        }

        // Not the host's token: the wait for the sweeps may have used up its shutdown timeout, and this is quick.
        using var bounded = new CancellationTokenSource(ReleaseTimeout, time);
        try
        {
            var deliveries = await services.GetRequiredService<IMessageStore>().ReleaseLeasesOfOwnerAsync(delivery.LeaseOwner, bounded.Token);
            var sweeps = await services.GetRequiredService<IClusterLeases>().ReleaseAllAsync(delivery.LeaseOwner, bounded.Token);
            LogReleased(logger, deliveries, sweeps, delivery.LeaseOwner);
        }
        catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            LogNotReleased(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped cleanly: gave back {Deliveries} delivery lease(s) and {Sweeps} sweep lease(s) of {Owner} for other instances to take at once")]
    private static partial void LogReleased(ILogger logger, int deliveries, int sweeps, string owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: the leases this instance holds could not be given back ({Error}); other instances take them once they expire")]
    private static partial void LogNotReleased(ILogger logger, string error);
}
