using System.Data.Common;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// Runs a pipeline: the checks, then the commit phase in one store transaction, then the planned deliveries, then
/// the commit. A message refused by a step goes on along the refusal route. When a concurrent copy inserted the same
/// key first, the commit phase runs again in a fresh transaction with a fresh state, where DetectDuplicateStep finds
/// the copy: the store's unique key serialises duplicates.
/// </summary>
internal sealed partial class PipelineRunner(IMessageStore store, PipelineOptions options, ILogger<PipelineRunner> logger)
{
    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="message"/>; returns the state of the attempt that committed.</summary>
    public Task<CommitState> RunAsync(PipelineDefinition pipeline, CheckedMessage message, CancellationToken cancellationToken) =>
        RunAsync(pipeline, message, keep: true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="pipeline"/> on <paramref name="message"/> as <see cref="RunAsync(PipelineDefinition, CheckedMessage, CancellationToken)"/>
    /// does, but the transaction is always rolled back and nothing is enqueued: the returned state says what would have
    /// happened, and the store is as it was (a pre-check).
    /// </summary>
    public Task<CommitState> RehearseAsync(PipelineDefinition pipeline, CheckedMessage message, CancellationToken cancellationToken) =>
        RunAsync(pipeline, message, keep: false, cancellationToken);

    private async Task<CommitState> RunAsync(PipelineDefinition pipeline, CheckedMessage message, bool keep, CancellationToken cancellationToken)
    {
        using (GatewayActivity.Start("gateway.pipeline.check")?.SetTag("gateway.pipeline", pipeline.Name))
        {
            await RunRouteAsync(pipeline.Checks, pipeline.RefusedChecks, () => message.Refusal is not null, static () => false, async step => message = await step.CheckAsync(message, cancellationToken));
        }

        using var commitSpan = GatewayActivity.Start("gateway.pipeline.commit")?.SetTag("gateway.pipeline", pipeline.Name);
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await store.BeginAsync(RowsAhead(message), cancellationToken);
            var state = new CommitState(message, tx) { Attempt = attempt };
            try
            {
                await RunRouteAsync(pipeline.Commit, pipeline.RefusedCommit, () => state.Refusal is not null, () => state.IsComplete, step => step.InvokeAsync(state, cancellationToken));
                if (!keep)
                {
                    return state; // disposing the transaction without commit rolls everything back
                }

                foreach (var delivery in state.Deliveries)
                {
                    await tx.EnqueueDeliveryAsync(delivery.MessageId, delivery.Destination, cancellationToken: cancellationToken);
                }

                await tx.CommitAsync(cancellationToken);
                return state;
            }
            catch (DuplicateMessageException) when (attempt < options.CommitAttempts)
            {
                LogConflict(logger, pipeline.Name, attempt);
            }
            catch (DbException e) when (e.IsTransient && attempt < options.CommitAttempts)
            {
                // PostgreSQL: units of work run side by side, and the database may roll one back (a deadlock, a
                // serialization failure, a lost connection); its whole work is undone, so it runs again from the start.
                LogTransient(logger, pipeline.Name, attempt, e.GetType().Name);
            }
        }
    }

    /// <summary>The rows the commit phase is about to record (the message, its drafted answer): the store hashes and encrypts them before the unit's turn.</summary>
    private static NewMessage[] RowsAhead(CheckedMessage message) =>
        message.Refusal is not null ? [] : [.. message.Row is { } row ? [row with { Envelope = message.Envelope }] : Array.Empty<NewMessage>(), .. message.AnswerDraft?.Row is { } answer ? [answer] : Array.Empty<NewMessage>()];

    /// <summary>
    /// Runs the <paramref name="normal"/> steps in order until the message is refused or complete; from a refusal on (or
    /// from the start, when it came refused), the <paramref name="refused"/> steps it has not run yet.
    /// </summary>
    private static async Task RunRouteAsync<TStep>(IReadOnlyList<TStep> normal, IReadOnlyList<TStep> refused, Func<bool> isRefused, Func<bool> isComplete, Func<TStep, ValueTask> invoke)
        where TStep : IPipelineStep
    {
        var ran = new HashSet<IPipelineStep>(ReferenceEqualityComparer.Instance);
        var steps = isRefused() ? refused : normal;
        for (var i = 0; i < steps.Count && !isComplete(); i++)
        {
            if (ran.Add(steps[i]))
            {
                await invoke(steps[i]);
            }

            if (steps != refused && isRefused())
            {
                (steps, i) = (refused, -1);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Pipeline} commit was rolled back by the database ({Exception}, attempt {Attempt}); trying again")]
    private static partial void LogTransient(ILogger logger, string pipeline, int attempt, string exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Pipeline} commit met a concurrent copy (attempt {Attempt}); trying again as a duplicate")]
    private static partial void LogConflict(ILogger logger, string pipeline, int attempt);
}
