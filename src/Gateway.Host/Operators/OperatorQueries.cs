using System.Text;
using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>What an operator can ask and do, shared by the JSON API and the command line; scoped to the operator's gemeenten.</summary>
internal sealed class OperatorQueries(IMessageStore store)
{
    public async Task<IReadOnlyList<DeliveryView>> ListQueueAsync(OperatorAccount account, DeliveryQuery query, CancellationToken cancellationToken)
    {
        var visible = new List<DeliveryView>();
        var afterId = query.AfterId;
        // Keyset paging over the store, filtered by what this operator may see.
        while (visible.Count < query.Limit)
        {
            var page = await store.ListDeliveriesAsync(query with { AfterId = afterId }, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var delivery in page)
            {
                if (visible.Count < query.Limit && await CanSeeMessageAsync(account, delivery.MessageId, cancellationToken))
                {
                    visible.Add(DeliveryView.From(delivery));
                }
            }

            afterId = page[^1].Id;
            if (page.Count < query.Limit)
            {
                break;
            }
        }

        return visible;
    }

    /// <summary>
    /// One page of the queue as <c>{items, total, next}</c>: total counts the deliveries of the query's state and
    /// destination this operator may see; next is the afterId of the following page (null on the last).
    /// </summary>
    public async Task<PageView<DeliveryView>> QueuePageAsync(OperatorAccount account, DeliveryQuery query, CancellationToken cancellationToken)
    {
        var items = await ListQueueAsync(account, query, cancellationToken);
        var next = items.Count == query.Limit ? items[^1].Id : (long?)null;
        if (next is { } afterId && (await ListQueueAsync(account, query with { AfterId = afterId, Limit = 1 }, cancellationToken)).Count == 0)
        {
            next = null;
        }

        return new PageView<DeliveryView>(items, await CountQueueAsync(account, query, cancellationToken), next?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<DeliveryDetailsView?> ShowDeliveryAsync(OperatorAccount account, long deliveryId, CancellationToken cancellationToken)
    {
        var details = await store.GetDeliveryAsync(deliveryId, cancellationToken);
        if (details is null)
        {
            return null;
        }

        var message = await store.GetMessageAsync(details.Delivery.MessageId, cancellationToken);
        if (message is null || !account.CanSee(message))
        {
            return null;
        }

        return new DeliveryDetailsView(
            DeliveryView.From(details.Delivery),
            MessageSummaryView.From(message),
            details.Attempts.Select(a => new AttemptView(a.Attempt, a.LeaseOwner, a.StartedAt, a.FinishedAt, a.Outcome.ToString(), a.FailureKind?.ToString(), a.Error)).ToList());
    }

    /// <summary>Null when the delivery is unknown or not the operator's; otherwise whether it was replayed.</summary>
    public async Task<ActionResultView?> ReplayAsync(OperatorAccount account, long deliveryId, CancellationToken cancellationToken)
    {
        if (await ShowDeliveryAsync(account, deliveryId, cancellationToken) is null)
        {
            return null;
        }

        var done = await store.ReplayAsync(deliveryId, account.Name, cancellationToken);
        return new ActionResultView("replay", deliveryId, done ? 1 : 0, done ? "replayed: pending, due now" : "not dead-lettered: nothing to replay");
    }

    public async Task<ActionResultView?> PurgeAsync(OperatorAccount account, long deliveryId, CancellationToken cancellationToken)
    {
        if (await ShowDeliveryAsync(account, deliveryId, cancellationToken) is null)
        {
            return null;
        }

        var done = await store.PurgeAsync(deliveryId, account.Name, cancellationToken);
        return new ActionResultView("purge", deliveryId, done ? 1 : 0, done ? "purged" : "not dead-lettered: nothing to purge");
    }

    /// <summary>Purges dead letters parked before a moment; only for operators who see the whole region.</summary>
    public async Task<ActionResultView?> PurgeDeadLettersAsync(OperatorAccount account, DateTimeOffset deadLetteredBefore, CancellationToken cancellationToken)
    {
        if (!account.SeesAll)
        {
            return null;
        }

        var count = await store.PurgeDeadLettersAsync(deadLetteredBefore, account.Name, cancellationToken);
        return new ActionResultView("purge", null, count, $"purged {count} dead-lettered deliveries parked before {deadLetteredBefore:O}");
    }

    public async Task<MessageDetailsView?> ShowMessageAsync(OperatorAccount account, long messageId, bool withPayload, CancellationToken cancellationToken)
    {
        var message = await store.GetMessageAsync(messageId, cancellationToken);
        if (message is null || !account.CanSee(message))
        {
            return null;
        }

        string? payload = null;
        if (withPayload)
        {
            // Audited by the store as MessageViewed with the operator's name.
            var view = await store.ViewMessageAsync(messageId, account.Name, cancellationToken);
            payload = view?.Payload is { } bytes ? BsnMask.MaskDocument(Encoding.UTF8.GetString(bytes)) : null;
        }

        var deliveries = new List<DeliveryView>();
        await using (var tx = await store.BeginAsync(cancellationToken))
        {
            deliveries.AddRange((await tx.GetDeliveriesAsync(messageId, cancellationToken)).Select(DeliveryView.From));
        }

        return new MessageDetailsView(MessageSummaryView.From(message), deliveries, payload);
    }

    public async Task<TimelineView?> TimelineAsync(OperatorAccount account, long messageId, CancellationToken cancellationToken)
    {
        var message = await store.GetMessageAsync(messageId, cancellationToken);
        if (message is null || !account.CanSee(message))
        {
            return null;
        }

        var chain = await store.GetChainAsync(messageId, cancellationToken);
        var visible = chain.Messages.Where(account.CanSee).ToList();
        var ids = visible.Select(m => m.Id).ToHashSet();
        var events = chain.Events.Where(e => ids.Contains(e.MessageId)).Select(e => new EventView(e.MessageId, e.At, e.Type, e.Detail, e.Actor)).ToList();
        if (events.Count == 0)
        {
            events = (await store.GetTimelineAsync(messageId, cancellationToken)).Select(e => new EventView(e.MessageId, e.At, e.Type, e.Detail, e.Actor)).ToList();
        }

        return new TimelineView(messageId, visible.Select(MessageSummaryView.From).ToList(), events);
    }

    private async Task<long> CountQueueAsync(OperatorAccount account, DeliveryQuery query, CancellationToken cancellationToken)
    {
        if (account.SeesAll)
        {
            // The store keeps the depth per state and destination: no walk over the rows.
            var depth = await store.GetQueueDepthAsync(cancellationToken);
            return depth.Where(d => (query.State is null || d.State == query.State) && (query.Destination is null || d.Destination == query.Destination)).Sum(d => (long)d.Count);
        }

        long total = 0;
        var afterId = 0L;
        while (true)
        {
            var page = await store.ListDeliveriesAsync(query with { AfterId = afterId, Limit = OperatorApi.MaxLimit }, cancellationToken);
            foreach (var delivery in page)
            {
                total += await CanSeeMessageAsync(account, delivery.MessageId, cancellationToken) ? 1 : 0;
            }

            if (page.Count < OperatorApi.MaxLimit)
            {
                return total;
            }

            afterId = page[^1].Id;
        }
    }

    private async Task<bool> CanSeeMessageAsync(OperatorAccount account, long messageId, CancellationToken cancellationToken)
    {
        if (account.SeesAll)
        {
            return true;
        }

        var message = await store.GetMessageAsync(messageId, cancellationToken);
        return message is not null && account.CanSee(message);
    }
}
