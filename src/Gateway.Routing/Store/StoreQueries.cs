namespace Gateway.Routing.Store;

/// <summary>A page of deliveries for operators; keyset paging by id (pass the last id seen as <see cref="AfterId"/>).</summary>
public sealed record DeliveryQuery(DeliveryState? State = null, DeliveryDestination? Destination = null, long AfterId = 0, int Limit = 50);

/// <summary>Queue depth of one (state, destination) pair, with the oldest next-attempt time in it.</summary>
public sealed record QueueDepth(DeliveryState State, DeliveryDestination Destination, int Count, DateTimeOffset? OldestNextAttemptAt);

/// <summary>Counters for metrics: messages per state and kind, events per type, rejections per retourcode.</summary>
/// <param name="MessagesByState">Stored messages per state.</param>
/// <param name="EventsByType">Audit events per type.</param>
/// <param name="MessagesByRetourCode">Every stored message per retourcode of its outcome: heen-berichten (inbound and outbound) and the answers the gateway built.</param>
public sealed record StoreCounters(
    IReadOnlyDictionary<MessageState, long> MessagesByState,
    IReadOnlyDictionary<string, long> EventsByType,
    IReadOnlyDictionary<string, long> MessagesByRetourCode)
{
    /// <summary>
    /// The answers (retours and 325s) the gateway gave the heen-berichten it received, per retourcode they carry: the
    /// inbound heen-berichten per retourcode of their outcome (header and class codes; one counts under each of its codes).
    /// </summary>
    public IReadOnlyDictionary<string, long> AnswersByRetourCode { get; init; } = new Dictionary<string, long>();

    /// <summary><see cref="MessageEventTypes.RuleRejected"/> events per detail ("CT01 S329"): rejections per level-3/4 rule and retourcode.</summary>
    public IReadOnlyDictionary<string, long> RuleRejections { get; init; } = new Dictionary<string, long>();
}

/// <summary>
/// What the retention sweep keeps: payloads for <see cref="PayloadAge"/>, message rows and dedup keys for
/// <see cref="DedupKeyAge"/> (≥ 400 days), and of a refused payload only its first <see cref="RefusedPayloadPrefix"/>
/// bytes once it is older than <see cref="RefusedPayloadAge"/>.
/// </summary>
public sealed record RetentionPolicy(TimeSpan PayloadAge, TimeSpan DedupKeyAge)
{
    /// <summary>The shortest dedup-key retention allowed: a partner can resend for that long.</summary>
    public static readonly TimeSpan MinimumDedupKeyAge = TimeSpan.FromDays(400);

    /// <summary>Default term after which a refused payload is cut to its first bytes.</summary>
    public static readonly TimeSpan DefaultRefusedPayloadAge = TimeSpan.FromDays(7);

    /// <summary>How many leading bytes of a refused payload are kept after <see cref="RefusedPayloadAge"/> (enough for an operator to see what it was).</summary>
    public const int RefusedPayloadPrefix = 1024;

    /// <summary>After this, a refused payload keeps only its first <see cref="RefusedPayloadPrefix"/> bytes (plus hash, size and reason).</summary>
    public TimeSpan RefusedPayloadAge { get; init; } = DefaultRefusedPayloadAge;
}

/// <summary>What the retention sweep removed.</summary>
public sealed record RetentionResult(int PayloadsDeleted, int MessagesDeleted)
{
    /// <summary>Refused payloads cut down to their first bytes.</summary>
    public int PayloadsTrimmed { get; init; }
}

/// <summary>Result of the store's integrity check; <see cref="Problems"/> is empty when all is well.</summary>
public sealed record IntegrityReport(IReadOnlyList<string> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsOk => Problems.Count == 0;
}

/// <summary>Thrown when an insert hits an existing dedup key or envelope reference (the caller should have looked first).</summary>
public sealed class DuplicateMessageException : Exception
{
    /// <summary>Creates the exception; the message names the kind of key, never its value.</summary>
    public DuplicateMessageException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default text.</summary>
    public DuplicateMessageException() : base("A message with the same dedup key or envelope reference is already stored.")
    {
    }

    /// <summary>Creates the exception with a text.</summary>
    public DuplicateMessageException(string message) : base(message)
    {
    }
}
