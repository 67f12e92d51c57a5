using System.Globalization;
using Gateway.Routing.Store;

namespace Gateway.Routing.Delivery;

/// <summary>
/// What follows a hub's final refusal of a message we sent, inside the caller's store transaction (so the state, the
/// event and the notice are kept together or not at all): the message moves to <see cref="MessageState.RefusedByHub"/>
/// with a <see cref="MessageEventTypes.HubRefused"/> event, and the back office of its gemeente gets a notice (kind
/// TransportError, correlated to the refused message) over its usual route: HTTP or its inbox directory. Used for the
/// hub's synchronous answer (the dispatcher) and for an Fo01 the hub posts later (the GGk endpoint), which also moves
/// the delivery already counted delivered to <see cref="DeliveryState.RefusedByHub"/>.
/// </summary>
public static class HubRefusals
{
    /// <summary>Records the refusal; returns the id of the notice queued for the back office, or null when none is told.</summary>
    public static async Task<long?> RecordAsync(IStoreTransaction transaction, StoredMessage refused, HubRefusal refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(refusal);
        long? noticeId = null;

        // An Fo01 of our own that the hub refused concerns no back office; everything else belongs to a gemeente's.
        if (refused.Kind != MessageKind.TransportError && refused.Gemeentecode is { Length: > 0 } gemeentecode)
        {
            var destination = DeliveryDestination.BackOffice(gemeentecode);
            noticeId = await transaction.InsertMessageAsync(
                new NewMessage
                {
                    Direction = MessageDirection.Inbound,
                    Kind = MessageKind.TransportError,
                    State = MessageState.Accepted,
                    Payload = refusal.NoticeFor(refused),
                    CorrelatesTo = refused.Id,
                    Gemeentecode = gemeentecode,
                    EventType = MessageEventTypes.HubRefusalNoticed,
                    EventDetail = string.Create(CultureInfo.InvariantCulture, $"The hub refused message {refused.Id} with {refusal.Code}; notice for {destination}."),
                },
                cancellationToken);
            await transaction.EnqueueDeliveryAsync(noticeId.Value, destination, cancellationToken: cancellationToken);
        }

        var told = noticeId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"; back office {refused.Gemeentecode} told (notice {id})")
            : "; no back office to tell";
        // An Fo01 the hub posts later finds the delivery counted delivered: it is refused too (none when the refusal was the attempt's answer).
        await transaction.RefuseDeliveredAsync(refused.Id, DeliveryDestination.Hub, refusal.Reason, cancellationToken);
        await transaction.UpdateStateAsync(refused.Id, MessageState.RefusedByHub, MessageEventTypes.HubRefused, refusal.Reason + told, cancellationToken: cancellationToken);
        return noticeId;
    }
}
