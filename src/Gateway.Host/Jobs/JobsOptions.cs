namespace Gateway.Host.Jobs;

/// <summary>How often the sweeps run, and what retention keeps.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Gateway:Jobs";

    public static readonly TimeSpan DefaultDeliverySweep = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultLeaseSweep = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan DefaultOutboxSweep = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultRetentionSweep = TimeSpan.FromHours(1);
    public static readonly TimeSpan DefaultPayloadRetention = TimeSpan.FromDays(90);
    public static readonly TimeSpan DefaultDedupKeyRetention = TimeSpan.FromDays(400);

    public TimeSpan DeliverySweep { get; set; } = DefaultDeliverySweep;

    public TimeSpan LeaseSweep { get; set; } = DefaultLeaseSweep;

    public TimeSpan OutboxSweep { get; set; } = DefaultOutboxSweep;

    public TimeSpan RetentionSweep { get; set; } = DefaultRetentionSweep;

    /// <summary>Payloads are deleted after this age (not while a delivery of them is open).</summary>
    public TimeSpan PayloadRetention { get; set; } = DefaultPayloadRetention;

    /// <summary>Message rows and dedup keys are kept this long; at least 400 days, as partners can resend that long.</summary>
    public TimeSpan DedupKeyRetention { get; set; } = DefaultDedupKeyRetention;
}
