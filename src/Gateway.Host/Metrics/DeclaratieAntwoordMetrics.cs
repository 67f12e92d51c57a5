using System.Text;
using Gateway.Host.Operators;

namespace Gateway.Host.Metrics;

/// <summary>Gauges for ceilings (per ceiling id and year) and held 325s (count, overdue, nearest deadline). No BSN.</summary>
internal static class DeclaratieAntwoordMetrics
{
    public static async Task AppendAsync(StringBuilder text, DeclaratieAntwoordQueries queries, CancellationToken cancellationToken)
    {
        var region = OperatorAccount.CommandLine("metrics");
        var ceilings = await queries.CeilingsAsync(region, cancellationToken);
        PrometheusMetrics.Header(text, "gateway_ceiling_amount_eurocents", "gauge", "The ceiling (plafond) per ceiling id and year.");
        foreach (var c in ceilings)
        {
            PrometheusMetrics.Line(text, "gateway_ceiling_amount_eurocents", c.Bedrag, Labels(c));
        }

        PrometheusMetrics.Header(text, "gateway_ceiling_used_eurocents", "gauge", "Granted net amount (debit minus credit of approved prestaties) per ceiling and year.");
        foreach (var c in ceilings)
        {
            PrometheusMetrics.Line(text, "gateway_ceiling_used_eurocents", c.Used, Labels(c));
        }

        PrometheusMetrics.Header(text, "gateway_ceiling_used_ratio", "gauge", "Used divided by the ceiling (1 = 100 %).");
        foreach (var c in ceilings)
        {
            PrometheusMetrics.Line(text, "gateway_ceiling_used_ratio", c.Bedrag == 0 ? 0 : (double)c.Used / c.Bedrag, Labels(c));
        }

        var held = await queries.HeldAsync(region, cancellationToken);
        PrometheusMetrics.Header(text, "gateway_answers_held", "gauge", "325s held for a back-office decision.");
        PrometheusMetrics.Line(text, "gateway_answers_held", held.Count);
        PrometheusMetrics.Header(text, "gateway_answers_held_past_deadline", "gauge", "Held 325s whose 10-working-day deadline has passed.");
        PrometheusMetrics.Line(text, "gateway_answers_held_past_deadline", held.Count(h => h.WorkingDaysLeft < 0));
        if (held.Count > 0)
        {
            PrometheusMetrics.Header(text, "gateway_answers_held_min_working_days_left", "gauge", "Working days left for the held 325 with the nearest deadline (negative: overdue).");
            PrometheusMetrics.Line(text, "gateway_answers_held_min_working_days_left", held.Min(h => h.WorkingDaysLeft));
        }
    }

    private static (string Name, string Value)[] Labels(CeilingView ceiling) =>
        [("ceiling", ceiling.Id), ("jaar", ceiling.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("beleid", ceiling.Beleid)];
}
