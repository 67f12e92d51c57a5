using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// One message as the check phase sees it: each check step hands on a new copy with what it found, and the commit
/// phase starts every attempt from the final copy, which nothing changes any more.
/// </summary>
public sealed record CheckedMessage
{
    private readonly MessageValidationResult? _validation;

    private CheckedMessage(Flow flow, byte[] payload, DateTimeOffset receivedAt)
    {
        Flow = flow;
        Payload = payload;
        ContentHash = Store.ContentHash.Of(payload);
        ReceivedAt = receivedAt;
    }

    /// <summary>Inbound from the hub or outbound from a back office.</summary>
    public Flow Flow { get; }

    /// <summary>The raw document as received.</summary>
    public byte[] Payload { get; }

    /// <summary>The payload's <see cref="Store.ContentHash"/>, computed once: duplicate detection and the stored row share it.</summary>
    public string ContentHash { get; }

    /// <summary>When the gateway received it.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The GGk envelope it came in (inbound).</summary>
    public EnvelopeReference? Envelope { get; init; }

    /// <summary>The gemeentecode of the back office that submitted it (outbound).</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>The sender identity of the envelope and the parties it may act for (inbound, when the Host resolved it).</summary>
    public SenderScope? Sender { get; init; }

    /// <summary>
    /// The gemeente of the region whose back office handles this message because the message's own gemeentecode ceased
    /// in a merger into it; null when the message's own gemeentecode is routed. The answer keeps the sender's code.
    /// </summary>
    public string? MergedInto { get; init; }

    /// <summary>Standard, message and release from the root namespace; null when unknown.</summary>
    public MessageIdentity? Identity { get; init; }

    /// <summary>Levels 1 and 2.</summary>
    public MessageValidationResult? Validation
    {
        get => _validation;
        init
        {
            // What the store needs from the model, read once per model here in the check phase (which runs in parallel
            // over the cores), not in the serial commit phase: the BSNs and chain references take a walk over every class.
            if (!ReferenceEquals(value?.Bericht, _validation?.Bericht))
            {
                Row = value?.Bericht is { } bericht
                    ? MessageFacts.ToNewMessage(bericht, Payload, Flow == Flow.Inbound ? MessageDirection.Inbound : MessageDirection.Outbound, InitialState, InitialEvent)
                    : null;
            }

            _validation = value;
        }
    }

    /// <summary>The message read into the model; null when level 1 failed (then it is refused).</summary>
    public Bericht? Bericht => Validation?.Bericht;

    /// <summary>The answer built before the transaction for when levels 3 and 4 find nothing (inbound heen-berichten).</summary>
    public AnswerDraft? AnswerDraft { get; init; }

    /// <summary>The outcome of level 2 for the answer; null until level 2 ran.</summary>
    public MessageOutcome? Outcome { get; init; }

    /// <summary>Set when the message is refused at transport level (inbound) or refused for sending (outbound).</summary>
    public TransportRefusal? Refusal { get; init; }

    /// <summary>The issues of a refusal, for the back office.</summary>
    public IReadOnlyList<ValidationIssue> RefusalIssues { get; init; } = [];

    /// <summary>The dedup key; null for a refused message, which is stored without one so a corrected copy is no duplicate.</summary>
    public DedupKey? DedupKey => Refusal is null ? Row?.DedupKey : null;

    /// <summary>The state a message of this flow is first recorded in: received (inbound) or submitted (outbound).</summary>
    internal MessageState InitialState => Flow == Flow.Inbound ? MessageState.Received : MessageState.Submitted;

    /// <summary>The event of the first recording: MessageReceived (inbound) or MessageSubmitted (outbound).</summary>
    internal string InitialEvent => Flow == Flow.Inbound ? MessageEventTypes.MessageReceived : MessageEventTypes.MessageSubmitted;

    /// <summary>The message's row as read from its model (<see cref="MessageFacts.ToNewMessage"/>) in its initial state; null without a model.</summary>
    internal NewMessage? Row { get; private init; }

    /// <summary>A message received from the hub.</summary>
    public static CheckedMessage Inbound(byte[] payload, DateTimeOffset receivedAt, EnvelopeReference envelope, SenderScope? sender)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new(Flow.Inbound, payload, receivedAt) { Envelope = envelope, Sender = sender };
    }

    /// <summary>A message submitted by the back office of <paramref name="gemeentecode"/>.</summary>
    public static CheckedMessage Outbound(byte[] payload, DateTimeOffset receivedAt, string gemeentecode)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new(Flow.Outbound, payload, receivedAt) { SubmittedBy = gemeentecode };
    }

    /// <summary>The model; the steps after level 1 call it only for a message that was not refused, which always has one.</summary>
    public Bericht RequireBericht() =>
        Bericht ?? throw new InvalidOperationException("This message failed level 1 and has no model; only the refusal route handles it.");

    /// <summary>This message refused with <paramref name="refusal"/> and its issues.</summary>
    public CheckedMessage Refused(TransportRefusal refusal, IEnumerable<ValidationIssue> issues) =>
        this with { Refusal = refusal, RefusalIssues = [.. RefusalIssues, .. issues] };
}
