using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records the answer (retour, 325 or Fo01) as an outbound message correlated to the message it answers, with its
/// own envelope reference (fixed now, so every retry carries the same identity), and plans its delivery to the hub.
/// </summary>
internal sealed class QueueAnswerStep(PipelineOptions options) : IPipelineStep
{
    public string Name => "QueueAnswer";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.AnswerPayload is not { } payload)
        {
            return;
        }

        var tx = context.RequireTransaction();
        var heenId = context.RequireMessageId();
        var envelope = new EnvelopeReference(options.EnvelopeZender, Guid.NewGuid().ToString(), context.Envelope?.Referentienummer);
        var row = context.Answer?.Answer is { } answer
            ? MessageFacts.ToNewMessage(answer, payload, MessageDirection.Outbound, MessageState.Queued, MessageEventTypes.AnswerQueued) with
            {
                RetourCodes = [.. answer.Header switch
                {
                    Messages.Model.RetourHeader h => h.RetourCodes,
                    Messages.Model.DeclaratieAntwoordHeader h => h.RetourCodes,
                    _ => [],
                }],
            }
            : new NewMessage
            {
                Direction = MessageDirection.Outbound,
                Kind = MessageKind.TransportError,
                State = MessageState.Queued,
                Payload = payload,
                EventType = MessageEventTypes.AnswerQueued,
                EventDetail = context.Refusal?.Code,
            };
        row = row with { Envelope = envelope, CorrelatesTo = heenId, Gemeentecode = row.Gemeentecode ?? context.CorrelatedTo?.Gemeentecode };
        var answerId = await tx.InsertMessageAsync(row, cancellationToken);
        context.AnswerMessageId = answerId;
        context.Deliveries.Add(new PlannedDelivery(answerId, DeliveryDestination.Hub));
        await tx.AddEventAsync(heenId, MessageEventTypes.AnswerQueued, $"{row.Kind} {answerId} queued for the hub.", cancellationToken: cancellationToken);
    }
}
