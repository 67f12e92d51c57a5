using System.Globalization;
using System.Text;
using Gateway.Host.Health;
using Gateway.Host.Operators;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Metrics;

/// <summary><c>/metrics</c> in the Prometheus text format, read from the store so that figures survive restarts. No BSN, ever.</summary>
internal static class PrometheusMetrics
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (HttpContext http, IMessageStore store, DeclaratieAntwoordQueries answers, CancellationToken ct) =>
        {
            if (!DiagnosticsAccess.Allows(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: DiagnosticsAccess.KeyRequired);
            }

            var text = new StringBuilder(await RenderAsync(store, ct));
            await DeclaratieAntwoordMetrics.AppendAsync(text, answers, ct);
            return Results.Text(text.ToString(), ContentType);
        });
        return endpoints;
    }

    public static async Task<string> RenderAsync(IMessageStore store, CancellationToken cancellationToken)
    {
        var depth = await store.GetQueueDepthAsync(cancellationToken);
        var oldest = await store.GetOldestPendingAgeAsync(cancellationToken);
        var counters = await store.GetCountersAsync(cancellationToken);
        var text = new StringBuilder();

        Header(text, "gateway_queue_depth", "gauge", "Deliveries per state and destination.");
        foreach (var row in depth)
        {
            Line(text, "gateway_queue_depth", row.Count, ("state", row.State.ToString()), ("destination", row.Destination.Value));
        }

        Header(text, "gateway_oldest_pending_age_seconds", "gauge", "How long the oldest pending delivery has been due (0 when none).");
        Line(text, "gateway_oldest_pending_age_seconds", oldest?.TotalSeconds ?? 0);

        Header(text, "gateway_messages", "gauge", "Stored messages per state.");
        foreach (var (state, count) in counters.MessagesByState)
        {
            Line(text, "gateway_messages", count, ("state", state.ToString()));
        }

        Header(text, "gateway_messages_by_retourcode", "gauge", "Stored messages per retourcode of their outcome (0200 accepted, others rejected): heen-berichten in and out, and the answers built.");
        foreach (var (code, count) in counters.MessagesByRetourCode)
        {
            Line(text, "gateway_messages_by_retourcode", count, ("retourcode", code));
        }

        long Events(string type) => counters.EventsByType.GetValueOrDefault(type);
        Header(text, "gateway_messages_total", "counter", "Messages by what happened to them: received from the hub, submitted by back offices, accepted, rejected, duplicates.");
        Line(text, "gateway_messages_total", Events(MessageEventTypes.MessageReceived), ("event", "received"));
        Line(text, "gateway_messages_total", Events(MessageEventTypes.MessageSubmitted), ("event", "submitted"));
        Line(text, "gateway_messages_total", Events(MessageEventTypes.MessageAccepted), ("event", "accepted"));
        Line(text, "gateway_messages_total", Events(MessageEventTypes.MessageRejected), ("event", "rejected"));
        Line(text, "gateway_messages_total", Events(MessageEventTypes.DuplicateReceived), ("event", "duplicate"));

        Header(text, "gateway_deliveries_total", "counter", "Delivery attempts by result.");
        Line(text, "gateway_deliveries_total", Events(MessageEventTypes.MessageDelivered), ("result", "ok"));
        Line(text, "gateway_deliveries_total", Events(MessageEventTypes.DeliveryFailed), ("result", "failed"));
        Line(text, "gateway_deliveries_total", Events(MessageEventTypes.MessageDeadLettered), ("result", "dead_lettered"));

        Header(text, "gateway_rule_rejections_total", "counter", "Classes rejected by a level-3/4 rule, per rule and retourcode (one per message and pair).");
        foreach (var (detail, count) in counters.RuleRejections)
        {
            var (rule, retourcode) = detail.Split(' ', 2) is [var r, var c] ? (r, c) : (detail, "");
            Line(text, "gateway_rule_rejections_total", count, ("rule", rule), ("retourcode", retourcode));
        }

        Header(text, "gateway_events_total", "counter", "Audit events per type (received, accepted, rejected, delivered, failed, dead-lettered, ...).");
        foreach (var (type, count) in counters.EventsByType)
        {
            Line(text, "gateway_events_total", count, ("type", type));
        }

        return text.ToString();
    }

    internal static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    internal static void Line(StringBuilder text, string name, double value, params (string Name, string Value)[] labels)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")).Append('}');
        }

        text.Append(' ').Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
