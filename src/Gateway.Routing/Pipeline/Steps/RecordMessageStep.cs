using Gateway.Messages.Answers;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records the message with its decided state and events. A refused message keeps its bytes but no dedup key, so a
/// corrected copy is not mistaken for a duplicate; an inbound one is still deduplicated by its envelope.
/// </summary>
internal sealed class RecordMessageStep(PipelineOptions options) : IPipelineStep
{
    /// <summary>Event of a retour that answers no stored message.</summary>
    public const string AnswerUncorrelated = nameof(AnswerUncorrelated);

    public string Name => "RecordMessage";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var tx = context.RequireTransaction();
        var direction = context.Flow == Flow.Inbound ? MessageDirection.Inbound : MessageDirection.Outbound;
        var (initial, eventType) = context.Flow == Flow.Inbound
            ? (MessageState.Received, MessageEventTypes.MessageReceived)
            : (MessageState.Submitted, MessageEventTypes.MessageSubmitted);
        var row = context.Bericht is { } bericht
            ? MessageFacts.ToNewMessage(bericht, context.Payload, direction, initial, eventType)
            : new NewMessage { Direction = direction, Kind = MessageFacts.KindOf(context.Identity?.Message), State = initial, Payload = context.Payload, EventType = eventType };
        row = row with
        {
            Standard = row.Standard ?? context.Identity?.Standard,
            Code = row.Code ?? context.Identity?.Message,
            Release = row.Release ?? context.Identity?.Release,
            DedupKey = context.Refusal is null && context.SameIdentificatie is null ? row.DedupKey : null,
            Envelope = context.Envelope ?? (context.Refusal is null ? new EnvelopeReference(options.EnvelopeZender, Guid.NewGuid().ToString(), CrossRefnummerOf(context)) : null),
            CorrelatesTo = context.CorrelatedTo?.Id,
            Gemeentecode = row.Gemeentecode ?? context.SubmittedBy,
            Refused = context.Refusal is not null,
            ContentHash = context.ContentHash,
        };
        var id = await tx.InsertMessageAsync(row, cancellationToken);
        context.MessageId = id;
        foreach (var rejection in context.RuleRejections)
        {
            await tx.AddEventAsync(id, MessageEventTypes.RuleRejected, rejection.Detail, cancellationToken: cancellationToken);
        }

        if (context.Refusal is { } refusal)
        {
            await tx.UpdateStateAsync(id, MessageState.Rejected, MessageEventTypes.MessageRejected, refusal.Omschrijving, cancellationToken: cancellationToken);
            if (refusal.AuditEvent is { } audit)
            {
                await tx.AddEventAsync(id, audit, refusal.Omschrijving, cancellationToken: cancellationToken);
            }

            return;
        }

        var outcome = context.Outcome ?? MessageOutcome.Accepted();
        var isAnswer = context.Bericht is { } b && MessageCatalog.Get(b.Code).AnswersCode is not null;
        var (state, type) = context.Flow == Flow.Outbound ? (MessageState.Queued, MessageEventTypes.MessageAccepted)
            : isAnswer || outcome.IsAccepted ? (MessageState.Accepted, MessageEventTypes.MessageAccepted)
            : (MessageState.Rejected, MessageEventTypes.MessageRejected);
        await tx.UpdateStateAsync(id, state, type, Describe(outcome), RetourCodesOf(outcome, isAnswer), cancellationToken);
        if (isAnswer && context.CorrelatedTo is null)
        {
            await tx.AddEventAsync(id, AnswerUncorrelated, "No stored message matches the copied header; recorded and routed anyway.", cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// An answer the gateway did not build (a back office's own 325) travels in a Du01 that refers to the envelope of
    /// the heen-bericht it answers, as the gateway's own answers do; a heen-bericht has no crossRefnummer.
    /// </summary>
    private static string? CrossRefnummerOf(MessageContext context) =>
        context.Bericht is { } bericht && MessageCatalog.Get(bericht.Code).AnswersCode is not null ? context.CorrelatedTo?.Envelope?.Referentienummer : null;

    private static string Describe(MessageOutcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Accepted => "All checks passed.",
        OutcomeKind.RejectedAtLevel2 => "Level 2: a rule inside the message failed (0001).",
        _ => "Level 3/4: " + string.Join(", ", RetourCodesOf(outcome, false)),
    };

    private static string[] RetourCodesOf(MessageOutcome outcome, bool isAnswer) =>
        isAnswer ? []
        : outcome.IsAccepted ? [RetourCodes.GeenOpmerking]
        : [.. outcome.HeaderCodes.Concat(outcome.ClassCodes.Values.SelectMany(c => c)).Distinct(StringComparer.Ordinal)];
}
