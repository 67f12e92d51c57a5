using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Exactly-once effect: a message whose dedup key or envelope (zender, referentienummer) is already stored gets no
/// second effect. Its stored answers (retour, 325 or Fo01) are queued to the hub again, same bytes and identity.
/// Runs inside the store transaction, so concurrent copies are serialised by the store. A message with the dedup key
/// of a stored one but other content (in another envelope) is no copy: it goes on, the TR056 rule (9056) rejects it
/// and it is recorded without the taken dedup key.
/// </summary>
internal sealed partial class DetectDuplicateStep(IMessageStore store, ILogger<DetectDuplicateStep> logger) : IPipelineStep
{
    public string Name => "DetectDuplicate";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var tx = context.RequireTransaction();
        StoredMessage? stored = null;
        if (context.Bericht is { } bericht && context.Refusal is null)
        {
            stored = await tx.FindByDedupKeyAsync(MessageFacts.DedupKeyOf(bericht), cancellationToken);
            if (stored is not null && !await HasSameContentAsync(stored, context.Payload, cancellationToken))
            {
                context.SameIdentificatie = stored;
                stored = null;
            }
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
        // A held or replaced 325 is not sent: a copy of its 323 gets it once the back office decided.
        foreach (var answer in answers.Where(a => a.Direction == MessageDirection.Outbound && a.State is not (MessageState.Held or MessageState.Replaced)))
        {
            context.Deliveries.Add(new PlannedDelivery(answer.Id, DeliveryDestination.Hub));
        }

        var detail = $"Copy received{(context.Envelope is { } e ? " in envelope " + e.Referentienummer : "")}; {context.Deliveries.Count} stored answer(s) queued again.";
        await tx.AddEventAsync(stored.Id, MessageEventTypes.DuplicateReceived, detail, cancellationToken: cancellationToken);
        LogDuplicate(logger, stored.Id, context.Deliveries.Count);
        context.Complete();
    }

    /// <summary>Same bytes, or the stored bytes are purged (then the key alone decides, as before retention).</summary>
    private async Task<bool> HasSameContentAsync(StoredMessage stored, byte[] payload, CancellationToken cancellationToken)
    {
        if (!stored.HasPayload)
        {
            return true;
        }

        var bytes = await store.ReadPayloadAsync(stored.Id, cancellationToken);
        return bytes is null || bytes.AsSpan().SequenceEqual(payload);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate of message {MessageId}: no second effect, {Answers} stored answer(s) queued again")]
    private static partial void LogDuplicate(ILogger logger, long messageId, int answers);
}
