using Gateway.Host.Health;
using Gateway.Host.Operators;
using Gateway.Routing.Freezes;
using Gateway.Routing.Store;

namespace Gateway.Host.Console;

/// <summary>
/// What the overview page shows, within the account's gemeenten: the queue per destination and state (a gemeente's
/// operator sees its own back office only), dead letters, the hub's circuit and freeze, the held 325s nearest their
/// deadline. The charts come from <see cref="ConsoleCharts"/>.
/// </summary>
internal sealed class ConsoleOverview(IMessageStore store, DeclaratieAntwoordQueries answers, HubCircuitState circuit, FreezeCalendar freezes)
{
    /// <summary>A held 325 with this many working days left or fewer is "nearing its deadline".</summary>
    public const int NearDeadlineWorkingDays = 3;

    public async Task<OverviewView> BuildAsync(OperatorAccount account, CancellationToken cancellationToken)
    {
        var depth = (await store.GetQueueDepthAsync(cancellationToken))
            .Where(d => account.SeesAll || (d.Destination.Gemeentecode is { } code && account.Gemeenten.Contains(code)))
            .OrderBy(d => d.Destination.Value, StringComparer.Ordinal).ThenBy(d => d.State)
            .ToList();
        var oldest = account.SeesAll ? await store.GetOldestPendingAgeAsync(cancellationToken) : null;
        var held = await answers.HeldAsync(account, cancellationToken);
        return new OverviewView(
            depth,
            oldest,
            depth.Where(d => d.State == DeliveryState.DeadLettered).Sum(d => d.Count),
            circuit.Name,
            freezes.Current(),
            held.Count,
            [.. held.Where(h => h.WorkingDaysLeft <= NearDeadlineWorkingDays).Take(20)]);
    }
}
