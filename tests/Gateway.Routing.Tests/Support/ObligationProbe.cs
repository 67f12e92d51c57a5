using Gateway.Routing.Obligations;
using Gateway.Routing.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Support;

/// <summary>Moves the fake clock by Dutch day and reads the obligations and their signals back from the real store.</summary>
internal sealed class ObligationProbe(TestGateway gateway, Traffic? traffic = null)
{
    public Deadlines Deadlines => gateway.Services.GetRequiredService<Deadlines>();

    /// <summary>09:00 UTC (10:00 in the Netherlands in winter) of <paramref name="day"/>; messages built from now on are dated that day.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    public void On(DateOnly day)
    {
        gateway.Time.SetUtcNow(At(day));
        traffic?.Today = day;
    }

    /// <summary>
    /// The one obligation of <paramref name="kind"/>, open or closed; with <paramref name="reference"/> the one the store
    /// finds by that key between the traffic's gemeente and provider (the reference is stored only as a keyed hash).
    /// </summary>
    public async Task<Deadline> OneAsync(ObligationKind kind, string? reference = null)
    {
        long? id = null;
        if (reference is not null)
        {
            var t = traffic ?? throw new InvalidOperationException("A reference is looked up between the traffic's parties.");
            await using var tx = await gateway.Store.BeginAsync();
            var found = await gateway.Services.GetRequiredService<IObligationStore>().FindAsync(tx, kind, t.Standard, t.GemeenteCode, Traffic.Aanbieder, reference);
            id = Assert.IsType<Obligation>(found, exactMatch: true).Id;
        }

        return Assert.Single(await Deadlines.ListAsync(includeClosed: true), d => d.Obligation.Kind == kind && (id is null || d.Obligation.Id == id));
    }

    public async Task<ObligationState> StateAsync(ObligationKind kind, string? reference = null) => (await OneAsync(kind, reference)).State;

    public Task<DeadlineSweep> SweepAsync() => Deadlines.SweepAsync();

    /// <summary>The obligation signals on the timeline of one message, in order.</summary>
    public async Task<IReadOnlyList<string>> SignalsAsync(long messageId) =>
        [.. (await gateway.Store.GetTimelineAsync(messageId)).Select(e => e.Type).Where(t => t is ObligationEventTypes.ObligationApproaching or ObligationEventTypes.ObligationOverdue)];

    /// <summary>
    /// Walks the clock over <paramref name="days"/>, sweeping twice a day: asserts that the obligation is in the expected
    /// state on each day, that the sweep gave its signal by then, and that a second sweep gives nothing (each signal once).
    /// </summary>
    public async Task WalkAsync(ObligationKind kind, string? reference, params (DateOnly Day, ObligationState State)[] days)
    {
        foreach (var (day, expected) in days)
        {
            On(day);
            await SweepAsync();
            var again = await SweepAsync();
            var now = await OneAsync(kind, reference);
            Assert.True(now.State == expected, $"{kind} on {day:yyyy-MM-dd} ({day.DayOfWeek}): {now.State}, expected {expected}");
            var signalled = (now.Obligation.ApproachingSignalled, now.Obligation.OverdueSignalled);
            var expectedSignals = (expected is ObligationState.Approaching or ObligationState.Overdue, expected == ObligationState.Overdue);
            Assert.True(signalled == expectedSignals, $"{kind} on {day:yyyy-MM-dd}: signalled (approaching, overdue) {signalled}, expected {expectedSignals}");
            Assert.Equal(new DeadlineSweep(0, 0), again);
        }
    }
}
