using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// What one attempt of the commit phase learns and decides, inside its store transaction. Every attempt gets a new
/// one, started from the checked message, so a retried attempt never sees what a failed one wrote.
/// </summary>
public sealed class CommitState
{
    private readonly List<ValidationIssue> _refusalIssues;

    /// <summary>A fresh state for one attempt on <paramref name="message"/> in <paramref name="transaction"/>.</summary>
    public CommitState(CheckedMessage message, IStoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(transaction);
        Message = message;
        Transaction = transaction;
        Outcome = message.Outcome;
        Refusal = message.Refusal;
        _refusalIssues = [.. message.RefusalIssues];
    }

    /// <summary>Which attempt of the commit phase this is, from 1.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The message as the check phase left it.</summary>
    public CheckedMessage Message { get; }

    /// <summary>The open store transaction of this attempt.</summary>
    public IStoreTransaction Transaction { get; }

    /// <summary>Inbound from the hub or outbound from a back office.</summary>
    public Flow Flow => Message.Flow;

    /// <summary>The model of a message that was not refused (the refusal route reads <see cref="CheckedMessage.Bericht"/>).</summary>
    public Bericht Bericht => Message.RequireBericht();

    /// <summary>The outcome of levels 2–4 for the answer: level 2's, merged with what the level-3/4 rules found.</summary>
    public MessageOutcome? Outcome { get; set; }

    /// <summary>What the level-3/4 rules found, kept apart for the answer factory.</summary>
    public MessageOutcome? CrossMessageOutcome { get; set; }

    /// <summary>Which level-3/4 rule rejected what: one entry per (rule, retourcode, class), recorded as one RuleRejected event per (rule, retourcode).</summary>
    public List<RuleRejection> RuleRejections { get; } = [];

    /// <summary>The verdict on a received 323, computed once after the level-3/4 checks.</summary>
    public DeclaratieVerdict? Verdict { get; set; }

    /// <summary>The refusal of the check phase, or one a commit step decided; the runner then takes the refusal route.</summary>
    public TransportRefusal? Refusal { get; private set; }

    /// <summary>The issues of the refusal, for the back office.</summary>
    public IReadOnlyList<ValidationIssue> RefusalIssues => _refusalIssues;

    /// <summary>The answer decided for an inbound heen-bericht.</summary>
    public AnswerDecision? Answer { get; set; }

    /// <summary>The bytes of the answer to queue; null when nothing is answered.</summary>
    public byte[]? AnswerPayload { get; set; }

    /// <summary>The answer's row as read from its model, when the check phase's draft is the answer; else read when the answer is recorded.</summary>
    public NewMessage? AnswerRow { get; set; }

    /// <summary>Set when the region's policy holds this 323's 325 for a back-office decision.</summary>
    public AnswerHold? AnswerHold { get; set; }

    /// <summary>The same message stored earlier; when set the remaining steps are skipped.</summary>
    public StoredMessage? Duplicate { get; set; }

    /// <summary>A different message stored earlier with the same dedup key (TR056); this one is recorded without the key.</summary>
    public StoredMessage? SameIdentificatie { get; set; }

    /// <summary>
    /// The message stored earlier in the same envelope (zender, referentienummer) with other content: this one is refused
    /// (IB216) and not recorded, so the sender keeps it; the remaining steps are skipped.
    /// </summary>
    public StoredMessage? ReusedEnvelope { get; set; }

    /// <summary>What DetectDuplicateStep found under the message's dedup key in this attempt's transaction; null when it had no key to look up.</summary>
    public StoredUnderDedupKey? StoredUnderDedupKey { get; set; }

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

    /// <summary>The recorded message id; throws when the message is not recorded yet.</summary>
    public long RequireMessageId() =>
        MessageId ?? throw new InvalidOperationException("The message is not recorded yet; RecordMessageStep runs before this step.");

    /// <summary>Skips the remaining steps.</summary>
    public void Complete() => IsComplete = true;

    /// <summary>Refuses the message from a commit step; the remaining steps are those of the refusal route.</summary>
    public void Refuse(TransportRefusal refusal, IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
        _refusalIssues.AddRange(issues);
    }
}
