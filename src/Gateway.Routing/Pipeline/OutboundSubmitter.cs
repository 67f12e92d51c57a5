using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline;

/// <summary>Checks a back office's message on levels 1–4 before it is queued; an invalid one is never sent.</summary>
public sealed partial class OutboundSubmitter
{
    private readonly PipelineRunner _runner;
    private readonly PipelineDefinition _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundSubmitter> _logger;

    internal OutboundSubmitter(PipelineRunner runner, OutboundPipeline pipeline, TimeProvider time, ILogger<OutboundSubmitter> logger)
    {
        _runner = runner;
        _pipeline = pipeline.Definition;
        _time = time;
        _logger = logger;
        LogOrder(logger, _pipeline.Name, _pipeline.Describe());
    }

    /// <summary>The pipeline's order.</summary>
    public PipelineDefinition Pipeline => _pipeline;

    /// <summary>Checks and, when valid, queues the message for the hub in one store transaction.</summary>
    public async Task<OutboundReceipt> SubmitAsync(OutboundSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var context = await _runner.RunAsync(_pipeline, CheckedMessage.Outbound(submission.Payload, _time.GetUtcNow(), submission.Gemeentecode), cancellationToken);

        var receipt = context.Duplicate is { } duplicate
            ? new OutboundReceipt(duplicate.Id, false, true, [], "Submitted before; the stored message is not sent again.")
            : context.Refusal is { } refusal
                ? new OutboundReceipt(context.RequireMessageId(), false, false, [.. context.RefusalIssues], refusal.Omschrijving)
                : new OutboundReceipt(context.RequireMessageId(), true, false, [], "Valid; queued for the hub.");
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = receipt.MessageId });
        LogSubmitted(_logger, receipt.MessageId, submission.Gemeentecode, receipt.Queued, receipt.Duplicate, receipt.Issues.Count);
        return receipt;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Pipeline} pipeline runs: {Order}")]
    private static partial void LogOrder(ILogger logger, string pipeline, string order);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound message {MessageId} from back office {Gemeentecode}: queued {Queued}, duplicate {Duplicate}, {Issues} issue(s)")]
    private static partial void LogSubmitted(ILogger logger, long messageId, string gemeentecode, bool queued, bool duplicate, int issues);
}
