using Gateway.Messages.Validation;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline;

/// <summary>A message a back office hands in for the hub (301, 319, or a 325 override).</summary>
/// <param name="Payload">The iStandaarden document.</param>
/// <param name="Gemeentecode">The gemeente whose back office submits it; it may only send for itself.</param>
/// <param name="SubmittedBy">Who handed it in (API key name, directory), for the audit trail.</param>
public sealed record OutboundSubmission(byte[] Payload, string Gemeentecode, string SubmittedBy);

/// <summary>What happened to a submission.</summary>
/// <param name="MessageId">The stored message (also for a refused one: it is kept for the audit trail).</param>
/// <param name="Queued">True when it waits for the hub; false when refused or a duplicate.</param>
/// <param name="Duplicate">True when the same message was submitted before (nothing is sent twice).</param>
/// <param name="Issues">Why it was refused; empty when queued.</param>
/// <param name="Reason">One line for the back office; never contains a BSN.</param>
public sealed record OutboundReceipt(long MessageId, bool Queued, bool Duplicate, IReadOnlyList<ValidationIssue> Issues, string Reason);

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
