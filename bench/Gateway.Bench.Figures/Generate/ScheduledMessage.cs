using Gateway.Messages.Model;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// One message of the year, built when its moment comes (so 50,000 clients do not sit in memory as documents): sent at
/// <paramref name="At"/> (the clock is moved there first), from a back office when it is a 301 or 319, else from the hub.
/// </summary>
/// <param name="Order">Tie-breaker for messages planned at the same instant: the order they were planned in.</param>
/// <param name="Gemeente">The gemeente whose back office submits it (outbound) or that receives it (inbound).</param>
/// <param name="Expected">The prestaties of a 323 the plan expects the 325 to reject, by ReferentieNummer; empty otherwise.</param>
internal sealed record ScheduledMessage(DateTimeOffset At, long Order, string Gemeente, Func<Bericht> Build)
{
    public IReadOnlySet<string> Expected { get; init; } = new HashSet<string>();
}
