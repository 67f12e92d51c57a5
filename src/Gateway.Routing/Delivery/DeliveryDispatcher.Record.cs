using Gateway.Routing.Freezes;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Delivery;

/// <summary>The fenced recording of an attempt's result.</summary>
public sealed partial class DeliveryDispatcher
{
    private enum Recorded
    {
        Delivered,
        Retrying,
        DeadLettered,
        Stale,
        Held,
        RefusedByHub,
        GivenBack,
    }

    private async Task<Recorded> RecordAsync(ClaimedDelivery claimed, DeliveryResult result, bool probe, CancellationToken cancellationToken)
    {
        // Recording must not be cancelled halfway by the sweep's token once the partner has the message.
        var lease = claimed.Lease;
        var destination = claimed.Delivery.Destination;
        if (destination.IsHub && FreezeAnswer(result, probe) is { } heldBecause)
        {
            return await HoldAsync(claimed, heldBecause);
        }

        bool recorded;
        Recorded outcome;
        if (result.Failure is not { } failure)
        {
            recorded = await _store.MarkDeliveredAsync(lease, StateAfterDelivery(claimed), result.Receipt, CancellationToken.None);
            outcome = Recorded.Delivered;
        }
        else if (failure.IsHubRefusal && destination.IsHub)
        {
            recorded = await RefuseAsync(claimed, failure);
            outcome = Recorded.RefusedByHub;
        }
        else
        {
            var decision = _schedule.Decide(failure, lease.Attempt, claimed.Delivery.HorizonStartedAt, _time.GetUtcNow());
            if (decision.NextAttemptAt is { } next)
            {
                recorded = await _store.ScheduleRetryAsync(lease, failure.Kind, failure.Reason, next, CancellationToken.None);
                outcome = Recorded.Retrying;
                LogRetry(_logger, claimed.Delivery.Id, destination.Value, lease.Attempt, failure.Kind, failure.Reason, next);
            }
            else
            {
                recorded = await _store.DeadLetterAsync(lease, failure.Kind, decision.DeadLetterReason!, CancellationToken.None);
                outcome = Recorded.DeadLettered;
                if (recorded)
                {
                    LogDeadLettered(_logger, claimed.Delivery.Id, claimed.Message.Id, destination.Value, lease.Attempt, decision.DeadLetterReason!);
                }
            }
        }

        if (!recorded)
        {
            LogStale(_logger, claimed.Delivery.Id, lease.Attempt);
            return Recorded.Stale;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return outcome;
    }

    /// <summary>
    /// Why a hub attempt is given back instead of recorded: IB103 starts (or continues) a learned freeze; a probe that
    /// met a transient failure does not count either. Any other answer of the hub ends a learned freeze.
    /// </summary>
    private string? FreezeAnswer(DeliveryResult result, bool probe)
    {
        var now = _time.GetUtcNow();
        switch (result.Failure)
        {
            case { Code: FreezeOptions.FreezeCode } frozen:
                _freezes.Learn(now, frozen.Reason);
                return frozen.Reason;
            case { Kind: DeliveryFailureKind.Transient } failed when probe:
                return "the freeze probe failed: " + failed.Reason;
            case null or { Kind: DeliveryFailureKind.Permanent }:
                _freezes.HubAccepted(now);
                return null;
            default:
                return null;
        }
    }

    private async Task<Recorded> HoldAsync(ClaimedDelivery claimed, string reason)
    {
        if (!await _store.HoldAsync(claimed.Lease, reason, CancellationToken.None))
        {
            LogStale(_logger, claimed.Delivery.Id, claimed.Lease.Attempt);
            return Recorded.Stale;
        }

        LogHeld(_logger, claimed.Delivery.Id, claimed.Delivery.Destination.Value, reason);
        return Recorded.Held;
    }

    /// <summary>The hub refused the message for good: park the delivery, move the message and tell its back office, in one transaction.</summary>
    private async Task<bool> RefuseAsync(ClaimedDelivery claimed, DeliveryFailure failure)
    {
        var refusal = new HubRefusal(failure.Code ?? string.Empty, failure.Reason);
        long? noticeId;
        await using (var tx = await _store.BeginAsync(CancellationToken.None))
        {
            if (!await tx.RefuseDeliveryAsync(claimed.Lease, failure.Reason, CancellationToken.None))
            {
                return false;
            }

            noticeId = await HubRefusals.RecordAsync(tx, claimed.Message, refusal, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        LogRefusedByHub(_logger, claimed.Delivery.Id, claimed.Message.Id, refusal.Code, refusal.Meaning, noticeId);
        return true;
    }

    /// <summary>Hub: a queued outbound message becomes Sent. Back office: an inbound message becomes Routed.</summary>
    // Compare-and-set: a 301 answered (Answered) while this delivery was recorded stays Answered.
    private static StateTransition? StateAfterDelivery(ClaimedDelivery claimed) =>
        claimed.Delivery.Destination.IsHub
            ? new StateTransition(MessageState.Queued, MessageState.Sent)
            : claimed.Message.Direction == MessageDirection.Inbound ? new StateTransition(MessageState.Accepted, MessageState.Routed) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to {Destination} failed on attempt {Attempt} ({Kind}: {Reason}); next attempt at {NextAttemptAt:O}")]
    private static partial void LogRetry(ILogger logger, long deliveryId, string destination, int attempt, DeliveryFailureKind kind, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, EventName = "DeliveryDeadLettered", Message = "ALERT: delivery {DeliveryId} of message {MessageId} to {Destination} dead-lettered after {Attempts} attempt(s): {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, long deliveryId, long messageId, string destination, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, EventName = "DeliveryHeld", Message = "Delivery {DeliveryId} to {Destination} held by a release freeze, attempt not counted: {Reason}")]
    private static partial void LogHeld(ILogger logger, long deliveryId, string destination, string reason);

    [LoggerMessage(Level = LogLevel.Information, EventName = "HubFreezeReleased", Message = "The hub freeze since {Since:O} is over at {EndedAt:O}: {Released} held deliveries released, oldest first")]
    private static partial void LogReleased(ILogger logger, DateTimeOffset since, DateTimeOffset endedAt, int released);

    [LoggerMessage(Level = LogLevel.Error, EventName = "MessageRefusedByHub", Message = "ALERT: the hub refused message {MessageId} (delivery {DeliveryId}) for good with {Code} ({Meaning}); not retried; back-office notice {NoticeId}")]
    private static partial void LogRefusedByHub(ILogger logger, long deliveryId, long messageId, string code, string meaning, long? noticeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} to {Destination} given back unsent as the gateway stops; attempt not counted")]
    private static partial void LogGivenBack(ILogger logger, long deliveryId, string destination);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "DeliveryLeaseTooShort", Message = "Delivery {DeliveryId} to {Destination} given back unsent: its lease had {SecondsLeft} s left when its turn came; attempt not counted. Raise Gateway:Delivery:LeaseDuration or MaxParallelPerDestination if this recurs")]
    private static partial void LogLeaseTooShort(ILogger logger, long deliveryId, string destination, string secondsLeft);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId}: the result of attempt {Attempt} came after its lease was lost; ignored")]
    private static partial void LogStale(ILogger logger, long deliveryId, int attempt);
}
