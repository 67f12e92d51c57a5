using Gateway.Routing.Diagnostics;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// Runs a pipeline: the checks, then the commit phase in one store transaction, then the planned deliveries, then
/// the commit. When a concurrent copy inserted the same key first, the commit phase runs again in a fresh
/// transaction, where DetectDuplicateStep finds the copy: the store's unique key serialises duplicates.
/// </summary>
internal sealed partial class PipelineRunner(IMessageStore store, PipelineOptions options, ILogger<PipelineRunner> logger)
{
    public async Task RunAsync(PipelineDefinition pipeline, MessageContext context, CancellationToken cancellationToken)
    {
        using (GatewayActivity.Start("gateway.pipeline.check")?.SetTag("gateway.pipeline", pipeline.Name))
        {
            foreach (var step in pipeline.Checks)
            {
                await step.InvokeAsync(context, cancellationToken);
            }
        }

        context.EndCheckPhase();
        using var commitSpan = GatewayActivity.Start("gateway.pipeline.commit")?.SetTag("gateway.pipeline", pipeline.Name);
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await store.BeginAsync(cancellationToken);
            context.ResetCommitPhase(tx);
            try
            {
                foreach (var step in pipeline.Commit)
                {
                    if (context.IsComplete)
                    {
                        break;
                    }

                    await step.InvokeAsync(context, cancellationToken);
                }

                foreach (var delivery in context.Deliveries)
                {
                    await tx.EnqueueDeliveryAsync(delivery.MessageId, delivery.Destination, cancellationToken: cancellationToken);
                }

                await tx.CommitAsync(cancellationToken);
                context.Transaction = null;
                return;
            }
            catch (DuplicateMessageException) when (attempt < options.CommitAttempts)
            {
                LogConflict(logger, pipeline.Name, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Pipeline} commit met a concurrent copy (attempt {Attempt}); trying again as a duplicate")]
    private static partial void LogConflict(ILogger logger, string pipeline, int attempt);
}
