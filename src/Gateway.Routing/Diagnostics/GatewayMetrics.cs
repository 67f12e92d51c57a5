using System.Diagnostics.Metrics;
using Gateway.Routing.Store;

namespace Gateway.Routing.Diagnostics;

/// <summary>
/// The gateway's own instruments on the meter <see cref="MeterName"/>, one set per service provider (created through its
/// <see cref="IMeterFactory"/>), so two gateways in one process never count each other's traffic. Counters only go up:
/// they are incremented in the process when a stored event commits, never recomputed from rows that retention deletes.
/// Labels are bounded codes (event types, rules, retourcodes, destinations): never a BSN, never a message id.
/// </summary>
public sealed class GatewayMetrics
{
    /// <summary>The meter every gateway instrument lives on.</summary>
    public const string MeterName = "Gateway";

    private readonly Counter<long> _events;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _ruleRejections;
    private readonly Histogram<double> _intake;
    private readonly Histogram<double> _deliveryAttempts;

    /// <summary>The instruments on a meter of <paramref name="meterFactory"/>.</summary>
    public GatewayMetrics(IMeterFactory meterFactory)
        : this(meterFactory.Create(MeterName))
    {
    }

    private GatewayMetrics(Meter meter)
    {
        Meter = meter;
        _events = meter.CreateCounter<long>("gateway_events_total", description: "Audit events per type (received, accepted, rejected, delivered, failed, dead-lettered, ...).");
        _messages = meter.CreateCounter<long>("gateway_messages_total", description: "Messages by what happened to them: received from the hub, submitted by back offices, accepted, rejected, duplicates.");
        _deliveries = meter.CreateCounter<long>("gateway_deliveries_total", description: "Delivery attempts by result.");
        _ruleRejections = meter.CreateCounter<long>("gateway_rule_rejections_total", description: "Classes rejected by a level-3/4 rule, per rule and retourcode (one per message and pair).");
        _intake = meter.CreateHistogram<double>("gateway_intake_duration", unit: "s", description: "GGk intake: from the POST arriving to the acknowledgement being written.");
        _deliveryAttempts = meter.CreateHistogram<double>("gateway_delivery_attempt_duration", unit: "s", description: "One delivery attempt to the hub or a back office, by destination and result.");
    }

    /// <summary>A set on a meter no provider listens to: for stores and tools used outside a running gateway.</summary>
    public static GatewayMetrics Unobserved { get; } = new(new Meter(MeterName + ".Unobserved"));

    /// <summary>The meter the Host adds its gauges to.</summary>
    public Meter Meter { get; }

    /// <summary>Counts one committed audit event (called by the store after the transaction that wrote it committed).</summary>
    public void EventCommitted(string type, string? detail)
    {
        _events.Add(1, new KeyValuePair<string, object?>("type", type));
        if (MessageEventName(type) is { } message)
        {
            _messages.Add(1, new KeyValuePair<string, object?>("event", message));
        }

        if (DeliveryResultName(type) is { } result)
        {
            _deliveries.Add(1, new KeyValuePair<string, object?>("result", result));
        }

        if (type == MessageEventTypes.RuleRejected && detail is { Length: > 0 })
        {
            var (rule, retourcode) = detail.Split(' ', 2) is [var r, var c] ? (r, c) : (detail, "");
            _ruleRejections.Add(1, new("rule", rule), new("retourcode", retourcode));
        }
    }

    /// <summary>Records how long one GGk intake took (POST to acknowledgement) and its HTTP status (200 Bv03, 4xx/503 Fo03).</summary>
    public void IntakeCompleted(TimeSpan elapsed, string status) =>
        _intake.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("status", status));

    /// <summary>Records one delivery attempt.</summary>
    public void DeliveryAttempted(TimeSpan elapsed, DeliveryDestination destination, bool succeeded) =>
        _deliveryAttempts.Record(elapsed.TotalSeconds, new("destination", destination.Value), new("result", succeeded ? "ok" : "failed"));

    private static string? MessageEventName(string type) => type switch
    {
        MessageEventTypes.MessageReceived => "received",
        MessageEventTypes.MessageSubmitted => "submitted",
        MessageEventTypes.MessageAccepted => "accepted",
        MessageEventTypes.MessageRejected => "rejected",
        MessageEventTypes.DuplicateReceived => "duplicate",
        _ => null,
    };

    private static string? DeliveryResultName(string type) => type switch
    {
        MessageEventTypes.MessageDelivered => "ok",
        MessageEventTypes.DeliveryFailed => "failed",
        MessageEventTypes.MessageDeadLettered => "dead_lettered",
        MessageEventTypes.DeliveryRefused => "refused_by_hub",
        _ => null,
    };
}
