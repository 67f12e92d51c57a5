using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records the answer (retour or 325) as an outbound message correlated to the message it answers, with its own
/// envelope reference (fixed now, so every retry carries the same identity), and plans its delivery to the hub.
/// A 325 already recorded as held (HoldAnswerStep) is not queued.
/// </summary>
internal sealed class QueueAnswerStep(PipelineOptions options) : ICommitStep
{
    public string Name => "QueueAnswer";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.AnswerPayload is { } payload && context.AnswerMessageId is null)
        {
            await QueueAsync(context, payload, options, cancellationToken);
        }
    }

    /// <summary>Records <paramref name="payload"/> (an answer or a Fo01 body) as queued for the hub and plans its delivery.</summary>
    internal static async Task QueueAsync(CommitState context, byte[] payload, PipelineOptions options, CancellationToken cancellationToken)
    {
        var tx = context.Transaction;
        var row = RowFor(context, payload, options, MessageState.Queued, MessageEventTypes.AnswerQueued);
        var answerId = await tx.InsertMessageAsync(row, cancellationToken);
        context.AnswerMessageId = answerId;
        context.Deliveries.Add(new PlannedDelivery(answerId, DeliveryDestination.Hub));
        await tx.AddEventAsync(context.RequireMessageId(), MessageEventTypes.AnswerQueued, $"{row.Kind} {answerId} queued for the hub.", cancellationToken: cancellationToken);
    }

    /// <summary>The outbound row of <paramref name="answer"/> as read from its model, queued, without payload, envelope or correlation yet.</summary>
    internal static NewMessage AnswerRowOf(Messages.Model.Bericht answer) =>
        MessageFacts.ToNewMessage(answer, [], MessageDirection.Outbound, MessageState.Queued, MessageEventTypes.AnswerQueued) with
        {
            RetourCodes = [.. answer.Header switch
            {
                Messages.Model.RetourHeader h => h.RetourCodes,
                Messages.Model.DeclaratieAntwoordHeader h => h.RetourCodes,
                _ => [],
            }],
        };

    /// <summary>The outbound row of the answer in <paramref name="context"/>, correlated to the heen-bericht, in <paramref name="state"/>.</summary>
    internal static NewMessage RowFor(CommitState context, byte[] payload, PipelineOptions options, MessageState state, string eventType, string? eventDetail = null)
    {
        var envelope = new EnvelopeReference(options.EnvelopeZender, Guid.NewGuid().ToString(), context.Message.Envelope?.Referentienummer);
        var row = context.Answer?.Answer is { } answer
            ? (context.AnswerRow is { } drafted && drafted.Payload.Equals(payload) ? drafted : AnswerRowOf(answer) with { Payload = payload }) with { State = state, EventType = eventType, EventDetail = eventDetail }
            : new NewMessage
            {
                Direction = MessageDirection.Outbound,
                Kind = MessageKind.TransportError,
                State = state,
                Payload = payload,
                EventType = eventType,
                EventDetail = eventDetail ?? context.Refusal?.Code,
            };
        return row with { Envelope = envelope, CorrelatesTo = context.RequireMessageId(), Gemeentecode = row.Gemeentecode ?? context.CorrelatedTo?.Gemeentecode };
    }
}
