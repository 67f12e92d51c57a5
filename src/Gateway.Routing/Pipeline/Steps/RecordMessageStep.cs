using Gateway.Messages.Answers;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records the message with its decided state and events: accepted or rejected (inbound), queued (outbound). A
/// refused message is recorded by <see cref="RecordRefusalStep"/>.
/// </summary>
internal sealed class RecordMessageStep(PipelineOptions options) : ICommitStep
{
    /// <summary>Event of a retour that answers no stored message.</summary>
    public const string AnswerUncorrelated = nameof(AnswerUncorrelated);

    public string Name => "RecordMessage";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var tx = context.Transaction;
        var outcome = context.Outcome ?? MessageOutcome.Accepted();
        var isAnswer = MessageCatalog.Get(context.Bericht.Code).AnswersCode is not null;
        var (state, type) = context.Flow == Flow.Outbound ? (MessageState.Queued, MessageEventTypes.MessageAccepted)
            : isAnswer || outcome.IsAccepted ? (MessageState.Accepted, MessageEventTypes.MessageAccepted)
            : (MessageState.Rejected, MessageEventTypes.MessageRejected);

        // Inserted in its decided state with its retourcodes at once (one row write, not an insert and an update); the
        // audit trail still reads received → rule rejections → accepted or rejected.
        var id = await InsertAsync(context, options, cancellationToken, (state, RetourCodesOf(outcome, isAnswer)));
        await tx.AddEventAsync(id, type, Describe(outcome), cancellationToken: cancellationToken);
        if (isAnswer && context.CorrelatedTo is null)
        {
            await tx.AddEventAsync(id, AnswerUncorrelated, "No stored message matches the copied header; recorded and routed anyway.", cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// Inserts the message's row in its initial state (received or submitted) with the RuleRejected events, and keeps
    /// its id on the state. A refused message keeps its bytes but no dedup key, so a corrected copy is not mistaken for
    /// a duplicate; an inbound one is still deduplicated by its envelope. With <paramref name="decided"/> the row is
    /// written in that state with those retourcodes straight away (the initial event is still the received or submitted one).
    /// </summary>
    internal static async Task<long> InsertAsync(CommitState context, PipelineOptions options, CancellationToken cancellationToken, (MessageState State, IReadOnlyList<string> RetourCodes)? decided = null)
    {
        var message = context.Message;
        var refused = context.Refusal is not null;
        var direction = message.Flow == Flow.Inbound ? MessageDirection.Inbound : MessageDirection.Outbound;
        var initial = message.InitialState;
        var row = message.Row
            ?? new NewMessage { Direction = direction, Kind = MessageFacts.KindOf(message.Identity?.Message), State = initial, Payload = message.Payload, EventType = message.InitialEvent };
        row = row with
        {
            Standard = row.Standard ?? message.Identity?.Standard,
            Code = row.Code ?? message.Identity?.Message,
            Release = row.Release ?? message.Identity?.Release,
            DedupKey = !refused && context.SameIdentificatie is null ? row.DedupKey : null,
            Envelope = message.Envelope ?? (refused ? null : new EnvelopeReference(options.EnvelopeZender, Guid.NewGuid().ToString(), CrossRefnummerOf(context))),
            CorrelatesTo = context.CorrelatedTo?.Id,
            Gemeentecode = row.Gemeentecode ?? message.SubmittedBy,
            Refused = refused,
            ContentHash = message.ContentHash,
            State = decided?.State ?? initial,
            RetourCodes = decided?.RetourCodes ?? row.RetourCodes,
        };
        var id = await context.Transaction.InsertMessageAsync(row, cancellationToken);
        context.MessageId = id;
        foreach (var rejection in context.RuleRejections.DistinctBy(r => r.Detail, StringComparer.Ordinal))
        {
            await context.Transaction.AddEventAsync(id, MessageEventTypes.RuleRejected, rejection.Detail, cancellationToken: cancellationToken);
        }

        return id;
    }

    /// <summary>
    /// An answer the gateway did not build (a back office's own 325) travels in a Du01 that refers to the envelope of
    /// the heen-bericht it answers, as the gateway's own answers do; a heen-bericht has no crossRefnummer.
    /// </summary>
    private static string? CrossRefnummerOf(CommitState context) =>
        context.Message.Bericht is { } bericht && MessageCatalog.Get(bericht.Code).AnswersCode is not null ? context.CorrelatedTo?.Envelope?.Referentienummer : null;

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
