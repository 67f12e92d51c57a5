using Gateway.Routing.Cluster;
using Gateway.Routing.Delivery;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Jobs;

/// <summary>
/// Runs a sweep in one gateway instance at a time when several share a PostgreSQL store: the instance that holds the
/// sweep's cluster lease runs it, renewing the lease every third of its duration, and stops the sweep itself before the
/// lease could run out (another instance may take an expired lease). An instance that finds the lease held skips the
/// run; a dead holder's lease is taken over once it expired. Each run is recorded with its owner and outcome. On SQLite
/// the lease is held trivially (<see cref="IClusterLeases.IsSingleInstance"/>) and nothing is written.
/// </summary>
internal sealed partial class ClusterSweep(IClusterLeases leases, DeliveryOptions delivery, IOptions<JobsOptions> options, TimeProvider time, ILogger<ClusterSweep> logger)
{
    /// <summary>How long the run history of each sweep is kept.</summary>
    public static readonly TimeSpan RunHistory = TimeSpan.FromDays(1);

    /// <summary>Who holds the leases: the instance's delivery lease owner, so one name identifies the instance everywhere.</summary>
    public string Owner => delivery.LeaseOwner;

    /// <summary>Runs <paramref name="sweep"/> when this instance holds (or takes) the lease <paramref name="name"/>; false when another instance holds it.</summary>
    public async Task<bool> RunAsync(string name, Func<CancellationToken, Task> sweep, CancellationToken cancellationToken)
    {
        if (leases.IsSingleInstance)
        {
            await sweep(cancellationToken);
            return true;
        }

        var duration = options.Value.SweepLease;
        var asked = time.GetUtcNow();
        if (!await leases.TryHoldAsync(name, Owner, duration, cancellationToken))
        {
            return false;
        }

        // The local deadline counts from before the request, so it falls before the lease's end in the store; the last
        // third of the lease is the margin for the instances' clocks and for a sweep that takes a moment to stop.
        using var deadline = new CancellationTokenSource(Margin(duration), time);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var runId = await leases.StartRunAsync(name, Owner, asked + duration, cancellationToken);
        LogStarted(logger, name, Owner, runId);
        using var done = new CancellationTokenSource();
        var renewal = RenewAsync(name, runId, duration, deadline, done.Token);
        var outcome = SweepRunOutcomes.Done;
        try
        {
            await sweep(running.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = SweepRunOutcomes.LeaseLost;
            LogLeaseLost(logger, name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = SweepRunOutcomes.Stopped;
            throw;
        }
        catch (Exception)
        {
            outcome = SweepRunOutcomes.Failed;
            throw;
        }
        finally
        {
            await done.CancelAsync();
            await renewal;
            await FinishAsync(name, runId, outcome);
        }

        return true;
    }

    private static TimeSpan Margin(TimeSpan duration) => duration * 2 / 3;

    /// <summary>Renews the lease while the sweep runs; each renewal moves the local deadline on. Ends when the sweep does.</summary>
    private async Task RenewAsync(string name, long runId, TimeSpan duration, CancellationTokenSource deadline, CancellationToken done)
    {
        while (!done.IsCancellationRequested && !deadline.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(duration / 3, time, done);
                var asked = time.GetUtcNow();
                if (!await leases.TryHoldAsync(name, Owner, duration, done))
                {
                    // Not ours any more: stop now rather than at the deadline.
                    await deadline.CancelAsync();
                    return;
                }

                deadline.CancelAfter(Margin(duration) - (time.GetUtcNow() - asked));
                await leases.ExtendRunAsync(runId, asked + duration, done);
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
            {
                // The store is unreachable for now: the next renewal may succeed; if none does, the deadline stops the sweep.
                LogRenewalFailed(logger, name, e.GetType().Name);
            }
        }
    }

    private async Task FinishAsync(string name, long runId, string outcome)
    {
        try
        {
            await leases.FinishRunAsync(runId, outcome, RunHistory, CancellationToken.None);
            LogFinished(logger, name, runId, outcome);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            // The run stays open in the history; its held_until says when it ended at the latest.
            LogFinishFailed(logger, name, runId, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweep {Sweep} run {RunId} started by {Owner}")]
    private static partial void LogStarted(ILogger logger, string sweep, string owner, long runId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweep {Sweep} run {RunId} ended: {Outcome}")]
    private static partial void LogFinished(ILogger logger, string sweep, long runId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {Sweep} stopped: its cluster lease could not be renewed in time (the store was unreachable); another instance may take it over")]
    private static partial void LogLeaseLost(ILogger logger, string sweep);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {Sweep}: renewing its cluster lease failed ({Error}); retrying")]
    private static partial void LogRenewalFailed(ILogger logger, string sweep, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {Sweep} run {RunId}: its end could not be recorded ({Error})")]
    private static partial void LogFinishFailed(ILogger logger, string sweep, long runId, string error);
}
