namespace Gateway.Host.Jobs;

/// <summary>How often the Quartz sweeps run (retention itself is configured under Gateway:Delivery).</summary>
public sealed class JobsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Jobs";

    /// <summary>Default interval of the delivery sweep.</summary>
    public static readonly TimeSpan DefaultDeliverySweep = TimeSpan.FromSeconds(2);
    /// <summary>Default interval of the sweep that frees expired delivery leases.</summary>
    public static readonly TimeSpan DefaultLeaseSweep = TimeSpan.FromSeconds(15);
    /// <summary>Default interval of the back-office outbox pickup.</summary>
    public static readonly TimeSpan DefaultOutboxSweep = TimeSpan.FromSeconds(2);
    /// <summary>Default interval of the retention sweep.</summary>
    public static readonly TimeSpan DefaultRetentionSweep = TimeSpan.FromHours(1);
    /// <summary>Default interval of the background key rotation.</summary>
    public static readonly TimeSpan DefaultKeyRotationSweep = TimeSpan.FromMinutes(1);
    /// <summary>Default interval of the sweep that signals approaching and overdue obligations.</summary>
    public static readonly TimeSpan DefaultDeadlineSweep = TimeSpan.FromMinutes(15);

    /// <summary>Default interval of the check that this instance still holds its instance name.</summary>
    public static readonly TimeSpan DefaultInstanceNameCheck = TimeSpan.FromSeconds(10);

    /// <summary>Default cluster lease of a sweep that runs in one instance at a time.</summary>
    public static readonly TimeSpan DefaultSweepLease = TimeSpan.FromSeconds(30);

    /// <summary>How often due deliveries are claimed and sent.</summary>
    public TimeSpan DeliverySweep { get; set; } = DefaultDeliverySweep;

    /// <summary>How often deliveries whose lease ran out are handed back to the queue.</summary>
    public TimeSpan LeaseSweep { get; set; } = DefaultLeaseSweep;

    /// <summary>How often the back offices' outbox folders are read.</summary>
    public TimeSpan OutboxSweep { get; set; } = DefaultOutboxSweep;

    /// <summary>How often messages past their retention are removed.</summary>
    public TimeSpan RetentionSweep { get; set; } = DefaultRetentionSweep;

    /// <summary>How often the background key rotation looks for rows under older keys (batch settings under Gateway:Storage:KeyRotation).</summary>
    public TimeSpan KeyRotationSweep { get; set; } = DefaultKeyRotationSweep;

    /// <summary>How often open obligations are swept for their approaching and overdue signals (Gateway:Obligations).</summary>
    public TimeSpan DeadlineSweep { get; set; } = DefaultDeadlineSweep;

    /// <summary>
    /// With <c>Gateway:Cluster:InstanceName</c> on PostgreSQL: how often the instance checks it still holds its name's lock
    /// (a database restart frees it), takes it back, or stops when another instance took the name meanwhile.
    /// </summary>
    public TimeSpan InstanceNameCheck { get; set; } = DefaultInstanceNameCheck;

    /// <summary>
    /// With several instances on one PostgreSQL store: how long the instance running a sweep (retention, deadlines, key
    /// rotation, outbox pickup, lease release) holds its cluster lease; renewed while it runs, taken over by another
    /// instance this long after its holder died. Unused on SQLite.
    /// </summary>
    public TimeSpan SweepLease { get; set; } = DefaultSweepLease;
}
