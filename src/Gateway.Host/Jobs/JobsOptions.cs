namespace Gateway.Host.Jobs;

/// <summary>How often the Quartz sweeps run (retention itself is configured under Gateway:Delivery).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Gateway:Jobs";

    public static readonly TimeSpan DefaultDeliverySweep = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultLeaseSweep = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan DefaultOutboxSweep = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultRetentionSweep = TimeSpan.FromHours(1);
    public static readonly TimeSpan DefaultKeyRotationSweep = TimeSpan.FromMinutes(1);

    public TimeSpan DeliverySweep { get; set; } = DefaultDeliverySweep;

    public TimeSpan LeaseSweep { get; set; } = DefaultLeaseSweep;

    public TimeSpan OutboxSweep { get; set; } = DefaultOutboxSweep;

    public TimeSpan RetentionSweep { get; set; } = DefaultRetentionSweep;

    /// <summary>How often the background key rotation looks for rows under older keys (batch settings under Gateway:Storage:KeyRotation).</summary>
    public TimeSpan KeyRotationSweep { get; set; } = DefaultKeyRotationSweep;
}
