namespace Gateway.Routing.Delivery;

/// <summary>How the dispatcher claims and sends deliveries.</summary>
public sealed record DeliveryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Delivery";

    /// <summary>Default deliveries claimed per sweep.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>Default sends in flight per destination (the bulkhead).</summary>
    public const int DefaultMaxParallelPerDestination = 4;

    /// <summary>Default time one attempt may take.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default lease of a claimed delivery.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What a claimed delivery's lease must still hold beyond <see cref="AttemptTimeout"/> when its turn in the bulkhead
    /// comes: the time to record the result. With less left it goes back unsent (another instance may claim it once the
    /// lease ends, and must not find it in flight).
    /// </summary>
    public static readonly TimeSpan RecordMargin = TimeSpan.FromSeconds(1);

    /// <summary>Default payload retention.</summary>
    public static readonly TimeSpan DefaultPayloadRetention = TimeSpan.FromDays(400);

    /// <summary>
    /// Default lease owner: host, process id and a random run id, so that two runs differ in the attempt history even
    /// where the process id repeats (a container's PID 1).
    /// </summary>
    public static readonly string DefaultLeaseOwner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Deliveries claimed per <see cref="DeliveryDispatcher.DispatchDueAsync"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>At most this many sends in flight to one destination, so one slow destination cannot starve the others.</summary>
    public int MaxParallelPerDestination { get; init; } = DefaultMaxParallelPerDestination;

    /// <summary>One attempt is cancelled (and counted as a transient failure) after this.</summary>
    public TimeSpan AttemptTimeout { get; init; } = DefaultAttemptTimeout;

    /// <summary>How long a claim holds; must cover the worst wait in the bulkhead plus the attempt.</summary>
    public TimeSpan LeaseDuration { get; init; } = DefaultLeaseDuration;

    /// <summary>How long payloads are kept.</summary>
    public TimeSpan PayloadRetention { get; init; } = DefaultPayloadRetention;

    /// <summary>After this a refused payload keeps only its first KB, content hash, size and reason (an outsider cannot fill the disk).</summary>
    public TimeSpan RefusedPayloadRetention { get; init; } = Store.RetentionPolicy.DefaultRefusedPayloadAge;

    /// <summary>How long message rows and dedup keys are kept (at least 400 days).</summary>
    public TimeSpan DedupKeyRetention { get; init; } = Store.RetentionPolicy.MinimumDedupKeyAge;

    /// <summary>Who holds the leases this process takes.</summary>
    public string LeaseOwner { get; init; } = DefaultLeaseOwner;
}
