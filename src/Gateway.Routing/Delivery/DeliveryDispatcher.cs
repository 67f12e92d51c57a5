using Gateway.Routing.Configuration;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Freezes;
using Gateway.Routing.Retry;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Delivery;

/// <summary>
/// Sends due deliveries: claim (short transaction) → send (no transaction) → record (short, fenced transaction).
/// Each destination has its own bulkhead, so a slow or failing destination cannot hold back the others; a poison
/// delivery is one row that is retried or parked while the rest flow. The three methods are what the Host's Quartz
/// jobs call; each is safe to run twice or concurrently (claims are exclusive, records are fenced).
/// </summary>
public sealed partial class DeliveryDispatcher
{
    private readonly IMessageStore _store;
    private readonly IDeliveryTransport[] _transports;
    private readonly RetrySchedule _schedule;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryDispatcher> _logger;
    private readonly GatewayMetrics _metrics;
    private readonly FreezeCalendar _freezes;
    private readonly ConcurrentDictionary<DeliveryDestination, SemaphoreSlim> _bulkheads = new();
    private readonly SemaphoreSlim _freezeSave = new(1, 1);
    private StoredFreeze _savedFreeze = StoredFreeze.None;

    /// <summary>A dispatcher over the store and the Host's transports, holding deliveries to the hub while <paramref name="freezes"/> says it is frozen.</summary>
    public DeliveryDispatcher(IMessageStore store, IEnumerable<IDeliveryTransport> transports, RetrySchedule schedule, DeliveryOptions options, TimeProvider time, ILogger<DeliveryDispatcher> logger, GatewayMetrics metrics, FreezeCalendar freezes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidatedOptions.Require(new DeliveryOptionsValidator(), options);
        _store = store;
        _transports = [.. transports];
        _schedule = schedule;
        _options = options;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        _freezes = freezes;
    }

    /// <summary>
    /// Claims up to a batch of due deliveries and sends them, each destination through its bulkhead. While the hub is
    /// frozen its deliveries are not claimed (a learned freeze sends one probe per interval); once the freeze is over
    /// they are released, oldest first.
    /// </summary>
    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_freezes.EndedFreezeSince(now) is { } since)
        {
            var released = await _store.ReleaseHeldAsync(DeliveryDestination.Hub, since, cancellationToken);
            _freezes.Released(since);
            LogReleased(_logger, since, now, released);
        }

        var freeze = _freezes.Observe(now);
        IReadOnlyCollection<DeliveryDestination> held = freeze is null ? [] : [DeliveryDestination.Hub];
        var claimed = await _store.ClaimDueAsync(_options.LeaseOwner, _options.BatchSize, _options.LeaseDuration, held, cancellationToken);
        var probe = freeze is not null && _freezes.TakeProbe(now)
            ? await _store.ClaimOldestAsync(DeliveryDestination.Hub, _options.LeaseOwner, _options.LeaseDuration, cancellationToken)
            : null;
        var sends = claimed.Select(c => SendThroughBulkheadAsync(c, probe: false, cancellationToken));
        var results = await Task.WhenAll(probe is null ? sends : sends.Append(SendThroughBulkheadAsync(probe, probe: true, cancellationToken)));
        await SaveFreezeAsync(cancellationToken);
        return new DispatchSummary(
            claimed.Count + (probe is null ? 0 : 1),
            results.Count(r => r == Recorded.Delivered),
            results.Count(r => r == Recorded.Retrying),
            results.Count(r => r == Recorded.DeadLettered),
            results.Count(r => r == Recorded.Stale),
            results.Count(r => r == Recorded.RefusedByHub))
        {
            Held = results.Count(r => r == Recorded.Held),
            GivenBack = results.Count(r => r == Recorded.GivenBack),
        };
    }

    /// <summary>
    /// At start, before the first sweep: takes back the freeze a previous run learned (and the start of what it held), so
    /// a restart during a freeze neither sends into it nor forgets to release what it held.
    /// </summary>
    public async Task RestoreFreezeAsync(CancellationToken cancellationToken = default)
    {
        var stored = await _store.LoadFreezeAsync(cancellationToken);
        _freezes.Restore(stored);
        _savedFreeze = stored;
    }

    /// <summary>Puts deliveries whose lease expired (a crashed or hung sender) back to pending.</summary>
    public Task<int> ReleaseExpiredLeasesAsync(CancellationToken cancellationToken = default) =>
        _store.ReleaseExpiredLeasesAsync(cancellationToken);

    /// <summary>Deletes payloads and old message rows as the retention policy says.</summary>
    public Task<RetentionResult> SweepRetentionAsync(CancellationToken cancellationToken = default) =>
        _store.SweepRetentionAsync(new RetentionPolicy(_options.PayloadRetention, _options.DedupKeyRetention) { RefusedPayloadAge = _options.RefusedPayloadRetention }, cancellationToken);

    /// <summary>Saves the calendar's freeze state when it changed since the last save (sweeps may overlap: one saves at a time).</summary>
    private async Task SaveFreezeAsync(CancellationToken cancellationToken)
    {
        await _freezeSave.WaitAsync(cancellationToken);
        try
        {
            var now = _freezes.Snapshot();
            if (now != _savedFreeze)
            {
                await _store.SaveFreezeAsync(now, cancellationToken);
                _savedFreeze = now;
            }
        }
        finally
        {
            _freezeSave.Release();
        }
    }

    private async Task<Recorded> SendThroughBulkheadAsync(ClaimedDelivery claimed, bool probe, CancellationToken cancellationToken)
    {
        var bulkhead = _bulkheads.GetOrAdd(claimed.Delivery.Destination, _ => new SemaphoreSlim(_options.MaxParallelPerDestination));
        try
        {
            await bulkhead.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before its turn: nothing was sent, so the delivery goes back now and the attempt does not count.
            if (await GiveBackAsync(claimed, "the gateway stops"))
            {
                LogGivenBack(_logger, claimed.Delivery.Id, claimed.Delivery.Destination.Value);
            }

            throw;
        }

        try
        {
            // The lease must outlast the attempt and its recording. A delivery that waited in the bulkhead until less is
            // left (a slow destination, sweeps overlapping, a paused process) goes back unsent: once its lease ends
            // another instance may claim it, and must not find this one still sending.
            var left = claimed.Lease.LeaseUntil - _time.GetUtcNow();
            if (left < _options.AttemptTimeout + DeliveryOptions.RecordMargin)
            {
                var seconds = Math.Max(0, left.TotalSeconds).ToString("0.#", CultureInfo.InvariantCulture);
                if (await GiveBackAsync(claimed, $"its lease had {seconds} s left when its turn came, less than an attempt and its recording need"))
                {
                    LogLeaseTooShort(_logger, claimed.Delivery.Id, claimed.Delivery.Destination.Value, seconds);
                }

                return Recorded.GivenBack;
            }

            // A freeze learned while this delivery waited in the bulkhead: hold it without sending.
            if (!probe && claimed.Delivery.Destination.IsHub && _freezes.Observe(_time.GetUtcNow()) is { } freeze)
            {
                return await HoldAsync(claimed, $"the hub is frozen since {freeze.Since:O} ({freeze.Name})");
            }

            using var scope = _logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = claimed.Message.Id, ["DeliveryId"] = claimed.Delivery.Id });
            using var span = GatewayActivity.Start("gateway.delivery.attempt", claimed.Message.Id, ActivityKind.Client)?.SetTag("gateway.destination", claimed.Delivery.Destination.Value);
            var started = _time.GetTimestamp();
            var result = await SendAsync(claimed, cancellationToken);
            _metrics.DeliveryAttempted(_time.GetElapsedTime(started), claimed.Delivery.Destination, result.Failure is null);
            return await RecordAsync(claimed, result, probe, cancellationToken);
        }
        finally
        {
            bulkhead.Release();
        }
    }

    /// <summary>A claim this instance will not attempt: back to pending, for any instance to send; false when stale.</summary>
    private Task<bool> GiveBackAsync(ClaimedDelivery claimed, string reason) =>
        _store.GiveBackAsync(claimed.Lease, reason, CancellationToken.None);

    private async Task<DeliveryResult> SendAsync(ClaimedDelivery claimed, CancellationToken cancellationToken)
    {
        var destination = claimed.Delivery.Destination;
        if (_transports.FirstOrDefault(t => t.Handles(destination)) is not { } transport)
        {
            return DeliveryResult.Failed(DeliveryFailure.Permanent($"No transport is configured for destination {destination}."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            return await transport.SendAsync(claimed, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed(DeliveryFailure.Transient($"The attempt took longer than {_options.AttemptTimeout}."));
        }
#pragma warning disable CA1031 // A transport that throws has failed this attempt; the schedule decides what comes next.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return DeliveryResult.Failed(DeliveryFailure.Transient($"The transport failed with {ex.GetType().Name}."));
        }
    }
}
