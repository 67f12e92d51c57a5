using System.Globalization;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// One read of a gateway's <c>/metrics</c> (Prometheus text): the committed-event counters (messages received,
/// submitted, accepted, rejected; rule rejections), the queue gauges and the bytes allocated. Sums over instances by adding scrapes.
/// </summary>
internal sealed class MetricsScrape
{
    private readonly List<(string Name, string Labels, double Value)> _samples;

    private MetricsScrape(List<(string, string, double)> samples) => _samples = samples;

    public static async Task<MetricsScrape> ReadAsync(IEnumerable<Uri> gateways)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var samples = new List<(string, string, double)>();
        foreach (var gateway in gateways)
        {
            samples.AddRange(Parse(await http.GetStringAsync(new Uri(gateway, "metrics"))));
        }

        return new MetricsScrape(samples);
    }

    /// <summary>gateway_messages_total for one event (received, submitted, accepted, rejected, duplicate).</summary>
    public double Messages(string @event) => Sum("gateway_messages_total", $"event=\"{@event}\"");

    /// <summary>Deliveries waiting or being sent, to the hub and the back offices.</summary>
    public double OpenDeliveries => Sum("gateway_queue_depth", "state=\"Pending\"") + Sum("gateway_queue_depth", "state=\"Sending\"");

    /// <summary>Deliveries delivered so far (counter of this process).</summary>
    public double Delivered => Sum("gateway_deliveries_total", "result=\"ok\"");

    /// <summary>
    /// Bytes the gateway process allocated on the managed heap since it started (the runtime's
    /// <c>dotnet.gc.heap.total_allocated</c>, exported by the runtime instrumentation); NaN when the scrape has none.
    /// </summary>
    public double AllocatedBytes => _samples.Where(s => s.Name.StartsWith("dotnet_gc_heap_total_allocated", StringComparison.Ordinal)).Select(s => s.Value).DefaultIfEmpty(double.NaN).Sum();

    /// <summary>Rule rejections counted since the process started, per "rule retourcode".</summary>
    public IReadOnlyDictionary<string, double> RuleRejections() => _samples
        .Where(s => s.Name == "gateway_rule_rejections_total")
        .GroupBy(s => Label(s.Labels, "rule") + " " + Label(s.Labels, "retourcode"), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.Ordinal);

    private double Sum(string name, string label) => _samples.Where(s => s.Name == name && s.Labels.Contains(label, StringComparison.Ordinal)).Sum(s => s.Value);

    private static string Label(string labels, string name)
    {
        var at = labels.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var from = at + name.Length + 2;
        return labels[from..labels.IndexOf('"', from)];
    }

    private static IEnumerable<(string, string, double)> Parse(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = brace >= 0 ? line.IndexOf(' ', line.LastIndexOf('}')) : line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var name = line[..(brace >= 0 ? brace : space)];
            var labels = brace >= 0 ? line[brace..space] : "";
            var value = line[(space + 1)..].Split(' ')[0];
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                yield return (name, labels, number);
            }
        }
    }
}
