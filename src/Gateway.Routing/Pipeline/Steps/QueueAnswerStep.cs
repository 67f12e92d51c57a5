using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records the answer (retour, 325 or Fo01) as an outbound message correlated to the message it answers, with its
/// own envelope reference (fixed now, so every retry carries the same identity), and plans its delivery to the hub.
/// A 325 already recorded as held (HoldAnswerStep) is not queued.
/// </summary>
internal sealed class QueueAnswerStep(PipelineOptions options) : IPipelineStep
{
    public string Name => "QueueAnswer";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.AnswerPayload is not { } payload || context.AnswerMessageId is not null)
        {
            return;
        }

        var tx = context.RequireTransaction();
        var row = RowFor(context, payload, options, MessageState.Queued, MessageEventTypes.AnswerQueued);
        var answerId = await tx.InsertMessageAsync(row, cancellationToken);
        context.AnswerMessageId = answerId;
        context.Deliveries.Add(new PlannedDelivery(answerId, DeliveryDestination.Hub));
        await tx.AddEventAsync(context.RequireMessageId(), MessageEventTypes.AnswerQueued, $"{row.Kind} {answerId} queued for the hub.", cancellationToken: cancellationToken);
    }

    /// <summary>The outbound row of the answer in <paramref name="context"/>, correlated to the heen-bericht, in <paramref name="state"/>.</summary>
    internal static NewMessage RowFor(MessageContext context, byte[] payload, PipelineOptions options, MessageState state, string eventType, string? eventDetail = null)
    {
        var envelope = new EnvelopeReference(options.EnvelopeZender, Guid.NewGuid().ToString(), context.Envelope?.Referentienummer);
        var row = context.Answer?.Answer is { } answer
            ? MessageFacts.ToNewMessage(answer, payload, MessageDirection.Outbound, state, eventType) with
            {
                RetourCodes = [.. answer.Header switch
                {
                    Messages.Model.RetourHeader h => h.RetourCodes,
                    Messages.Model.DeclaratieAntwoordHeader h => h.RetourCodes,
                    _ => [],
                }],
                EventDetail = eventDetail,
            }
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
