using Gateway.Routing.Ledger;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Exactly-once effect, never ack-and-drop. Copies are told apart by content hash (<see cref="ContentHash"/>), which the
/// store keeps after retention deleted the bytes. A message whose dedup key or envelope (zender, referentienummer) is
/// already stored with the same content gets no second effect: its stored answers (retour, 325 or Fo01) are queued to
/// the hub again, same bytes and identity. Other content under a stored dedup key (in another envelope) is no copy: it
/// goes on, the TR056 rule (9056) rejects it and it is recorded without the taken key. Other content in a stored
/// envelope is refused as the hub does (IB216): not recorded, not acknowledged, so the sender still has it. Runs inside
/// the store transaction, so concurrent copies are serialised by the store. On the refusal route too: a refused message
/// has no dedup key, but a copy of it in the same envelope is still a copy.
/// </summary>
internal sealed partial class DetectDuplicateStep(ILogger<DetectDuplicateStep> logger) : ICommitStep
{
    public string Name => "DetectDuplicate";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var tx = context.Transaction;
        var hash = context.Message.ContentHash;
        StoredMessage? stored = null;
        if (context.Message.DedupKey is { } key)
        {
            stored = await tx.FindByDedupKeyAsync(key, cancellationToken);
            context.StoredUnderDedupKey = new StoredUnderDedupKey(stored);
            if (stored is not null && !HasSameContent(stored, hash))
            {
                context.SameIdentificatie = stored;
                stored = null;
            }
        }

        if (stored is null && context.Message.Envelope is { } envelope
            && await tx.FindByEnvelopeAsync(envelope.Zender, envelope.Referentienummer, cancellationToken) is { } inEnvelope)
        {
            if (!HasSameContent(inEnvelope, hash))
            {
                await RefuseReusedEnvelopeAsync(context, tx, inEnvelope, hash, cancellationToken);
                return;
            }

            stored = inEnvelope;
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

        var detail = $"Copy received{(context.Message.Envelope is { } e ? " in envelope " + e.Referentienummer : "")}; {context.Deliveries.Count} stored answer(s) queued again.";
        await tx.AddEventAsync(stored.Id, MessageEventTypes.DuplicateReceived, detail, cancellationToken: cancellationToken);
        LogDuplicate(logger, stored.Id, context.Deliveries.Count);
        context.Complete();
    }

    /// <summary>Same content hash; a row from before hashes were kept whose bytes are gone has none (then the key alone decides, as before).</summary>
    private static bool HasSameContent(StoredMessage stored, string hash) =>
        stored.ContentHash is null || string.Equals(stored.ContentHash, hash, StringComparison.Ordinal);

    private async Task RefuseReusedEnvelopeAsync(CommitState context, IStoreTransaction tx, StoredMessage stored, string hash, CancellationToken cancellationToken)
    {
        context.ReusedEnvelope = stored;
        var detail = $"Other content ({context.Message.Payload.Length} bytes, SHA-256 {hash[..16]}…) came in this message's envelope; refused with IB216, not stored.";
        await tx.AddEventAsync(stored.Id, MessageEventTypes.EnvelopeReused, detail, cancellationToken: cancellationToken);
        LogEnvelopeReused(logger, stored.Id, context.Message.Payload.Length);
        context.Complete();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate of message {MessageId}: no second effect, {Answers} stored answer(s) queued again")]
    private static partial void LogDuplicate(ILogger logger, long messageId, int answers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message of {Bytes} bytes with other content reused the envelope of message {MessageId}: refused (IB216), not stored")]
    private static partial void LogEnvelopeReused(ILogger logger, long messageId, int bytes);
}
