using System.Diagnostics.Metrics;
using System.Globalization;
using Gateway.Host.Health;
using Gateway.Host.Operators;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Freezes;
using Gateway.Routing.Obligations;
using Gateway.Storage.Relational;

namespace Gateway.Host.Metrics;

/// <summary>
/// The gauges of <c>/metrics</c>: what the store holds now (queue depth, oldest open delivery, messages per state and
/// retourcode, dead letters, held 325s, ceilings, open and overdue obligations), the hub circuit and a release freeze. Observable instruments are read synchronously by
/// the exporter, so each scrape first refreshes a snapshot asynchronously (<see cref="RefreshAsync"/>); the store reads
/// behind it are primary-key and index searches (see <see cref="IStoreGauges.ReadGaugesAsync"/>). No BSN, no ids.
/// </summary>
internal sealed class GatewayGauges
{
    private static readonly string[] CircuitStates = ["closed", "open", "half_open", "isolated"];
    private static readonly FreezeSource[] FreezeSources = [FreezeSource.Configured, FreezeSource.Learned];

    private readonly IStoreGauges _store;
    private readonly DeclaratieAntwoordQueries _answers;
    private readonly HubCircuitState _circuit;
    private readonly Deadlines _deadlines;
    private volatile Snapshot _now = Snapshot.Empty;

    public GatewayGauges(GatewayMetrics metrics, IStoreGauges store, DeclaratieAntwoordQueries answers, HubCircuitState circuit, FreezeCalendar freezes, Deadlines deadlines)
    {
        _store = store;
        _answers = answers;
        _circuit = circuit;
        _deadlines = deadlines;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("gateway_queue_depth", () => _now.Store.Deliveries.Select(d => Measure(d.Count, ("state", d.State), ("destination", d.Destination))), description: "Deliveries per state and destination.");
        meter.CreateObservableGauge("gateway_oldest_pending_age_seconds", () => _now.Store.OldestOpenAge?.TotalSeconds ?? 0, description: "How long the oldest pending delivery has been due (0 when none).");
        meter.CreateObservableGauge("gateway_dead_letters", () => _now.Store.Deliveries.Where(d => d.State == "DeadLettered").Sum(d => d.Count), description: "Dead-lettered deliveries waiting for an operator.");
        meter.CreateObservableGauge("gateway_messages", () => _now.Store.MessagesByState.Select(p => Measure(p.Value, ("state", p.Key))), description: "Stored messages per state.");
        meter.CreateObservableGauge("gateway_messages_by_retourcode", () => _now.Store.MessagesByRetourCode.Select(p => Measure(p.Value, ("retourcode", p.Key))), description: "Stored messages per retourcode of their outcome (0200 accepted, others rejected): heen-berichten in and out, and the answers built.");
        meter.CreateObservableGauge("gateway_ceiling_amount_eurocents", () => _now.Ceilings.Select(c => Measure(c.Bedrag, Labels(c))), description: "The ceiling (plafond) per ceiling id and year.");
        meter.CreateObservableGauge("gateway_ceiling_used_eurocents", () => _now.Ceilings.Select(c => Measure(c.Used, Labels(c))), description: "Granted net amount (debit minus credit of approved prestaties) per ceiling and year.");
        meter.CreateObservableGauge("gateway_ceiling_used_ratio", () => _now.Ceilings.Select(c => new Measurement<double>(c.Bedrag == 0 ? 0 : (double)c.Used / c.Bedrag, Tags(Labels(c)))), description: "Used divided by the ceiling (1 = 100 %).");
        meter.CreateObservableGauge("gateway_answers_held", () => _now.Held.Count, description: "325s held for a back-office decision.");
        meter.CreateObservableGauge("gateway_answers_held_past_deadline", () => _now.Held.Count(h => h.WorkingDaysLeft < 0), description: "Held 325s whose 10-working-day deadline has passed.");
        meter.CreateObservableGauge(
            "gateway_answers_held_min_working_days_left",
            () => _now.Held.Count == 0 ? [] : new[] { new Measurement<long>(_now.Held.Min(h => h.WorkingDaysLeft)) },
            description: "Working days left for the held 325 with the nearest deadline (negative: overdue).");
        meter.CreateObservableGauge("gateway_obligations_open", () => Obligations(_ => true), description: "Open response-time obligations per kind and owner (region or provider), overdue ones included.");
        meter.CreateObservableGauge("gateway_obligations_overdue", () => Obligations(d => d.State == ObligationState.Overdue), description: "Open response-time obligations past their due date, per kind and owner.");
        meter.CreateObservableGauge(
            "gateway_hub_circuit_state",
            () => CircuitStates.Select(s => Measure(s == _circuit.Name ? 1 : 0, ("state", s))),
            description: "The circuit breaker in front of the hub: 1 for its current state (closed, open, half_open, isolated).");
        meter.CreateObservableGauge(
            "gateway_hub_frozen",
            () =>
            {
                var source = freezes.Current()?.Source;
                return FreezeSources.Select(s => Measure(source == s ? 1 : 0, ("source", s == FreezeSource.Configured ? "configured" : "learned")));
            },
            description: "1 while deliveries to the hub are held by a release freeze, per source (configured window, learned from IB103); the held deliveries are gateway_queue_depth{destination=\"hub\",state=\"Pending\"}.");
    }

    /// <summary>Reads the store once for the scrape that follows.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var region = OperatorAccount.CommandLine("metrics");
        var store = await _store.ReadGaugesAsync(cancellationToken);
        var ceilings = await _answers.CeilingsAsync(region, cancellationToken);
        var held = await _answers.HeldAsync(region, cancellationToken);
        var deadlines = await _deadlines.ListAsync(cancellationToken: cancellationToken);
        _now = new Snapshot(store, ceilings, held, deadlines);
    }

    // Every kind and owner is reported, 0 included, so a dashboard sees a series drop back to 0 when the last one closes.
    private IEnumerable<Measurement<long>> Obligations(Func<Deadline, bool> counted) =>
        from kind in Enum.GetValues<ObligationKind>()
        from owner in Enum.GetValues<ObligationOwner>()
        select Measure(
            _now.Deadlines.Count(d => d.Obligation.Kind == kind && d.Obligation.Owner == owner && counted(d)),
            ("kind", kind.ToString()),
            ("owner", owner.ToString().ToLowerInvariant()));

    private static Measurement<long> Measure(long value, params (string Name, string Value)[] labels) => new(value, Tags(labels));

    private static KeyValuePair<string, object?>[] Tags((string Name, string Value)[] labels) =>
        [.. labels.Select(l => new KeyValuePair<string, object?>(l.Name, l.Value))];

    private static (string Name, string Value)[] Labels(CeilingView ceiling) =>
        [("ceiling", ceiling.Id), ("jaar", ceiling.Jaar.ToString(CultureInfo.InvariantCulture)), ("beleid", ceiling.Beleid)];

    private sealed record Snapshot(StoreGauges Store, IReadOnlyList<CeilingView> Ceilings, IReadOnlyList<HeldAnswerView> Held, IReadOnlyList<Deadline> Deadlines)
    {
        public static Snapshot Empty { get; } = new(new StoreGauges([], new Dictionary<string, long>(), new Dictionary<string, long>(), null), [], [], []);
    }
}
