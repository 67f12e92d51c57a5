using Gateway.Messages.Answers;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline;

/// <summary>Processes one message from the hub: checks, then one store transaction; acknowledge only after it returns.</summary>
public sealed partial class InboundProcessor
{
    private readonly PipelineRunner _runner;
    private readonly PipelineDefinition _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger<InboundProcessor> _logger;

    internal InboundProcessor(PipelineRunner runner, InboundPipeline pipeline, TimeProvider time, ILogger<InboundProcessor> logger)
    {
        _runner = runner;
        _pipeline = pipeline.Definition;
        _time = time;
        _logger = logger;
        LogOrder(logger, _pipeline.Name, _pipeline.Describe());
    }

    /// <summary>The pipeline's order.</summary>
    public PipelineDefinition Pipeline => _pipeline;

    /// <summary>Runs the pipeline; throws when the store could not commit (the endpoint then answers Fo03/503).</summary>
    public async Task<InboundReceipt> ProcessAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["Referentienummer"] = message.Envelope.Referentienummer });
        var state = await _runner.RunAsync(_pipeline, CheckedMessage.Inbound(message.Payload, _time.GetUtcNow(), message.Envelope, message.Sender), cancellationToken);

        var receipt = ToReceipt(state);
        using var idScope = _logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = receipt.MessageId });
        LogProcessed(_logger, receipt.MessageId, state.Message.Identity?.ToString() ?? "unclassified", receipt.Disposition, string.Join(",", receipt.RetourCodes));
        return receipt;
    }

    private static InboundReceipt ToReceipt(CommitState context)
    {
        if (context.ReusedEnvelope is { } taken)
        {
            return new InboundReceipt(taken.Id, InboundDisposition.EnvelopeReused, null, null, null, []);
        }

        if (context.Duplicate is { } duplicate)
        {
            return new InboundReceipt(duplicate.Id, InboundDisposition.Duplicate, null, duplicate.CorrelatesTo, null, duplicate.RetourCodes);
        }

        var outcome = context.Outcome ?? MessageOutcome.Accepted();
        var disposition = context.Refusal is not null ? InboundDisposition.Refused
            : context.Answer is { Kind: AnswerKind.None } ? InboundDisposition.AnswerReceived
            : outcome.IsAccepted ? InboundDisposition.Accepted
            : InboundDisposition.Rejected;
        IReadOnlyList<string> codes = disposition switch
        {
            InboundDisposition.Accepted => [RetourCodes.GeenOpmerking],
            InboundDisposition.Rejected => [.. outcome.HeaderCodes.Concat(outcome.ClassCodes.Values.SelectMany(c => c)).Distinct(StringComparer.Ordinal)],
            _ => [],
        };
        return new InboundReceipt(context.RequireMessageId(), disposition, context.AnswerMessageId, context.CorrelatedTo?.Id, context.Refusal, codes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Pipeline} pipeline runs: {Order}")]
    private static partial void LogOrder(ILogger logger, string pipeline, string order);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound message {MessageId} ({Identity}): {Disposition} {RetourCodes}")]
    private static partial void LogProcessed(ILogger logger, long messageId, string identity, InboundDisposition disposition, string retourCodes);
}
