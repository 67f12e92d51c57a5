using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Exactly-once effect: a message whose dedup key or envelope (zender, referentienummer) is already stored gets no
/// second effect. Its stored answers (retour, 325 or Fo01) are queued to the hub again, same bytes and identity.
/// Runs inside the store transaction, so concurrent copies are serialised by the store.
/// </summary>
internal sealed partial class DetectDuplicateStep(ILogger<DetectDuplicateStep> logger) : IPipelineStep
{
    public string Name => "DetectDuplicate";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var tx = context.RequireTransaction();
        StoredMessage? stored = null;
        if (context.Bericht is { } bericht && context.Refusal is null)
        {
            stored = await tx.FindByDedupKeyAsync(MessageFacts.DedupKeyOf(bericht), cancellationToken);
        }

        if (stored is null && context.Envelope is { } envelope)
        {
            stored = await tx.FindByEnvelopeAsync(envelope.Zender, envelope.Referentienummer, cancellationToken);
        }

        if (stored is null)
        {
            return;
        }

        context.Duplicate = stored;
        var answers = context.Flow == Flow.Inbound ? await tx.FindAnswersAsync(stored.Id, cancellationToken) : [];
        foreach (var answer in answers.Where(a => a.Direction == MessageDirection.Outbound))
        {
            context.Deliveries.Add(new PlannedDelivery(answer.Id, DeliveryDestination.Hub));
        }

        var detail = $"Copy received{(context.Envelope is { } e ? " in envelope " + e.Referentienummer : "")}; {context.Deliveries.Count} stored answer(s) queued again.";
        await tx.AddEventAsync(stored.Id, MessageEventTypes.DuplicateReceived, detail, cancellationToken: cancellationToken);
        LogDuplicate(logger, stored.Id, context.Deliveries.Count);
        context.Complete();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate of message {MessageId}: no second effect, {Answers} stored answer(s) queued again")]
    private static partial void LogDuplicate(ILogger logger, long messageId, int answers);
}
