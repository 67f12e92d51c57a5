using Gateway.Host.Tests.Support;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Metrics;

/// <summary>What one scrape over real loopback HTTP shows after real traffic: latency histograms, HTTP and runtime metrics, each gateway only its own counts, never a BSN or a message id.</summary>
public sealed class MetricsContentTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Scrape_AfterIntakeAndDelivery_LatencyHistogramsHttpAndRuntimeMetrics()
    {
        await using var env = await RunningGateway.StartAsync();
        await using var other = await RunningGateway.StartAsync();
        var sent = await env.Simulator.Provider.SendBerichtAsync(await Allocations.CoherentAsync(env, MessageCode.Start, "0599"));
        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await env.WaitForEmptyQueueAsync(Patience));

        var text = await env.Http.GetStringAsync("metrics");
        var series = MetricsCounterTests.Series(text);

        Assert.True(series.GetValueOrDefault("gateway_intake_duration_seconds_count{status=\"200\"}") >= 1, "the GGk intake histogram counted the acknowledged POST");
        Assert.Contains(series.Keys, k => k.StartsWith("gateway_intake_duration_seconds_bucket{", StringComparison.Ordinal));
        Assert.Contains(series, s => s.Key.StartsWith("gateway_delivery_attempt_duration_seconds_count{destination=\"backoffice:0599\",result=\"ok\"", StringComparison.Ordinal) && s.Value >= 1);
        Assert.Contains(series.Keys, k => k.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal));
        Assert.Contains(series.Keys, k => k.StartsWith("process_runtime_dotnet_", StringComparison.Ordinal) || k.StartsWith("dotnet_", StringComparison.Ordinal));
        Assert.Equal(1, series["gateway_hub_circuit_state{state=\"closed\"}"]);

        // The second gateway in this process received nothing: its scrape counts none of the first one's traffic.
        var quiet = MetricsCounterTests.Series(await other.Http.GetStringAsync("metrics"));
        Assert.Equal(0, quiet.GetValueOrDefault("gateway_messages_total{event=\"received\"}"));
        Assert.DoesNotContain(quiet.Keys, k => k.StartsWith("gateway_intake_duration_seconds_count", StringComparison.Ordinal));

        // Labels are codes: no message id, no BSN-like number (values are counts and sizes: a heap size may pass the 11-proef).
        Assert.DoesNotContain("message_id", text, StringComparison.Ordinal);
        Assert.All(series.Keys, key => Assert.Equal(Gateway.Messages.Privacy.BsnRedactor.Redact(key), key));
    }
}
