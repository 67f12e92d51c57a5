using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>Which way a message travels through the gateway.</summary>
public enum Flow
{
    /// <summary>From the hub (a provider's heen-bericht or retour), to be answered and routed.</summary>
    Inbound,

    /// <summary>From a back office (301, 319, or a 325 override), to be checked and sent to the hub.</summary>
    Outbound,
}

/// <summary>A level-3/4 rejection by rule, for counting per rule; <see cref="Detail"/> is e.g. "CT01 S329" (never a BSN).</summary>
/// <param name="Rule">The rule's short code (TR019, CT01).</param>
/// <param name="RetourCode">The retourcode it gave.</param>
public sealed record RuleRejection(string Rule, string RetourCode)
{
    /// <summary>The event detail: rule code and retourcode.</summary>
    public string Detail => Rule + " " + RetourCode;

    /// <summary>The short code of a rule whose Code may carry an explanation after it ("CT01 product niet …" → "CT01").</summary>
    public static string ShortCode(string code) => code.Split(' ', 2)[0];
}

/// <summary>Everything the steps know about one message while it passes the pipeline.</summary>
public sealed class MessageContext
{
    private (MessageOutcome? Outcome, TransportRefusal? Refusal, int Issues) _checked;
    private string? _contentHash;

    /// <summary>A context for the raw bytes of one message.</summary>
    public MessageContext(Flow flow, byte[] payload, DateTimeOffset receivedAt, EnvelopeReference? envelope = null, string? submittedBy = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        Flow = flow;
        Payload = payload;
        ReceivedAt = receivedAt;
        Envelope = envelope;
        SubmittedBy = submittedBy;
    }

    /// <summary>Inbound from the hub or outbound from a back office.</summary>
    public Flow Flow { get; }

    /// <summary>The raw document as received.</summary>
    public byte[] Payload { get; }

    /// <summary>The payload's <see cref="Store.ContentHash"/>, computed once: duplicate detection and the stored row share it.</summary>
    public string ContentHash => _contentHash ??= Store.ContentHash.Of(Payload);

    /// <summary>When the gateway received it.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The GGk envelope it came in (inbound).</summary>
    public EnvelopeReference? Envelope { get; }

    /// <summary>The gemeentecode of the back office that submitted it (outbound).</summary>
    public string? SubmittedBy { get; }

    /// <summary>The sender identity of the envelope and the parties it may act for (inbound, when the Host resolved it).</summary>
    public SenderScope? Sender { get; init; }

    /// <summary>Standard, message and release from the root namespace; null when unknown.</summary>
    public MessageIdentity? Identity { get; set; }

    /// <summary>Levels 1 and 2 (the issues grow as the steps run).</summary>
    public MessageValidationResult? Validation { get; set; }

    /// <summary>The message read into the model; null when level 1 failed.</summary>
    public Bericht? Bericht => Validation?.Bericht;

    /// <summary>The outcome of levels 2–4 for the answer; null until level 2 ran.</summary>
    public MessageOutcome? Outcome { get; set; }

    /// <summary>What the level-3/4 rules found, kept apart for the answer factory.</summary>
    public MessageOutcome? CrossMessageOutcome { get; set; }

    /// <summary>Which level-3/4 rule rejected what: one entry per (rule, retourcode), recorded as RuleRejected events.</summary>
    public List<RuleRejection> RuleRejections { get; } = [];

    /// <summary>Set when the message is refused at transport level (inbound) or refused for sending (outbound).</summary>
    public TransportRefusal? Refusal { get; set; }

    /// <summary>The issues of an outbound refusal, for the back office.</summary>
    public List<ValidationIssue> RefusalIssues { get; } = [];

    /// <summary>The answer decided for an inbound heen-bericht.</summary>
    public AnswerDecision? Answer { get; set; }

    /// <summary>The bytes of the answer or Fo01 body to queue; null when nothing is answered.</summary>
    public byte[]? AnswerPayload { get; set; }

    /// <summary>Set when the region's policy holds this 323's 325 for a back-office decision.</summary>
    public Declaraties.AnswerHold? AnswerHold { get; set; }

    /// <summary>The open store transaction during the commit phase.</summary>
    public IStoreTransaction? Transaction { get; set; }

    /// <summary>The same message stored earlier; when set the remaining steps are skipped.</summary>
    public StoredMessage? Duplicate { get; set; }

    /// <summary>A different message stored earlier with the same dedup key (TR056); this one is recorded without the key.</summary>
    public StoredMessage? SameIdentificatie { get; set; }

    /// <summary>
    /// The message stored earlier in the same envelope (zender, referentienummer) with other content: this one is refused
    /// (IB216) and not recorded, so the sender keeps it; the remaining steps are skipped.
    /// </summary>
    public StoredMessage? ReusedEnvelope { get; set; }

    /// <summary>The heen-bericht this answer correlates to, when found.</summary>
    public StoredMessage? CorrelatedTo { get; set; }

    /// <summary>The internal id once recorded.</summary>
    public long? MessageId { get; set; }

    /// <summary>The internal id of the queued answer or Fo01.</summary>
    public long? AnswerMessageId { get; set; }

    /// <summary>Deliveries to enqueue with the commit.</summary>
    public List<PlannedDelivery> Deliveries { get; } = [];

    /// <summary>True when a step finished the message early (a duplicate).</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The open transaction; throws when a commit-phase step runs outside one.</summary>
    public IStoreTransaction RequireTransaction() =>
        Transaction ?? throw new InvalidOperationException("This step belongs to the commit phase and needs the store transaction.");

    /// <summary>The recorded message id; throws when the message is not recorded yet.</summary>
    public long RequireMessageId() =>
        MessageId ?? throw new InvalidOperationException("The message is not recorded yet; RecordMessageStep runs before this step.");

    /// <summary>Skips the remaining steps.</summary>
    public void Complete() => IsComplete = true;

    /// <summary>Remembers what the check phase decided, so a retried commit phase starts from it.</summary>
    internal void EndCheckPhase() => _checked = (Outcome, Refusal, RefusalIssues.Count);

    /// <summary>Clears what the commit phase wrote, before it is tried again in a fresh transaction.</summary>
    internal void ResetCommitPhase(IStoreTransaction transaction)
    {
        (Outcome, Refusal, var issues) = _checked;
        RefusalIssues.RemoveRange(issues, RefusalIssues.Count - issues);
        CrossMessageOutcome = null;
        RuleRejections.Clear();
        Answer = null;
        AnswerPayload = null;
        AnswerHold = null;
        Transaction = transaction;
        Duplicate = null;
        SameIdentificatie = null;
        ReusedEnvelope = null;
        CorrelatedTo = null;
        MessageId = null;
        AnswerMessageId = null;
        Deliveries.Clear();
        IsComplete = false;
    }
}
