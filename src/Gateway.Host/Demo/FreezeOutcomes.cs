using Gateway.Routing.Store;

namespace Gateway.Host.Demo;

/// <summary>
/// The demo's release freeze, from the hub deliveries' timelines: how many were held (an attempt met IB103 and was not
/// counted, or the delivery waited unsent while the freeze lasted and was released at its end), how many released at
/// its end (all but the accepted probe), and how many of the held ones were dead-lettered after all (a freeze must
/// leave none).
/// </summary>
internal sealed record FreezeOutcomes(long Held, long Released, long DeadLettered)
{
    public static readonly FreezeOutcomes None = new(0, 0, 0);

    public static async Task<FreezeOutcomes> CollectAsync(IMessageStore store, CancellationToken ct)
    {
        var (held, released, deadLettered) = (0L, 0L, 0L);
        long after = 0;
        while (true)
        {
            var page = await store.ListDeliveriesAsync(new DeliveryQuery(Destination: DeliveryDestination.Hub, AfterId: after, Limit: 500), ct);
            foreach (var delivery in page)
            {
                var timeline = await store.GetTimelineAsync(delivery.MessageId, ct);
                var wasReleased = timeline.Any(e => e.Type == MessageEventTypes.DeliveryReleased);
                var wasHeld = wasReleased || timeline.Any(e => e.Type == MessageEventTypes.DeliveryHeld);
                held += wasHeld ? 1 : 0;
                released += wasReleased ? 1 : 0;
                deadLettered += wasHeld && delivery.State == DeliveryState.DeadLettered ? 1 : 0;
            }

            if (page.Count < 500)
            {
                return new FreezeOutcomes(held, released, deadLettered);
            }

            after = page[^1].Id;
        }
    }
}
