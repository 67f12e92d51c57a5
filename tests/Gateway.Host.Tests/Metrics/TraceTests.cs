using System.Collections.Concurrent;
using System.Diagnostics;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Privacy;
using Gateway.Messages.Standards;
using Gateway.Routing.Diagnostics;

namespace Gateway.Host.Tests.Metrics;

/// <summary>Spans of the source "Gateway" over a real round trip: intake, then the pipeline's check and commit in the same trace, then the delivery attempt, all linked by the message id and never carrying a BSN.</summary>
[Collection(ProcessWideListeners.Name)]
public sealed class TraceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task RoundTrip_IntakePipelineAndDeliverySpans_LinkedByMessageId()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GatewayActivity.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await using var env = await RunningGateway.StartAsync();
        var bericht = await Allocations.CoherentAsync(env, MessageCode.Start, "0599");
        var sent = await env.Simulator.Provider.SendBerichtAsync(bericht);
        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await env.WaitForEmptyQueueAsync(Patience));

        Gateway.Routing.Store.StoredMessage? stored;
        await using (var tx = await env.Store.BeginAsync())
        {
            stored = await tx.FindByEnvelopeAsync(bericht.Header.Afzender, sent.Referentienummer);
        }

        Assert.NotNull(stored);
        var intake = Assert.Single(spans, s => s.OperationName == "gateway.ggk.intake" && Equals(s.GetTagItem(GatewayActivity.MessageIdTag), stored.Id));
        Assert.Contains(spans, s => s.OperationName == "gateway.pipeline.check" && s.TraceId == intake.TraceId);
        Assert.Contains(spans, s => s.OperationName == "gateway.pipeline.commit" && s.TraceId == intake.TraceId);
        Assert.True(
            await RunningGateway.EventuallyAsync(() => spans.Any(s => s.OperationName == "gateway.delivery.attempt" && Equals(s.GetTagItem(GatewayActivity.MessageIdTag), stored.Id)), Patience),
            "a delivery attempt span carries the message id");
        Assert.All(spans.SelectMany(s => s.TagObjects), tag => Assert.Equal(BsnRedactor.Redact(tag.Value?.ToString()), tag.Value?.ToString()));
    }
}
