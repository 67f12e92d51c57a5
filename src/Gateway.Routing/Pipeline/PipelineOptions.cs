namespace Gateway.Routing.Pipeline;

/// <summary>Options of the message pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Pipeline";

    /// <summary>Default zender of the envelopes the gateway sends.</summary>
    public const string DefaultEnvelopeZender = "gateway";

    /// <summary>Times the commit phase is tried again after a concurrent insert of the same key.</summary>
    public const int DefaultCommitAttempts = 3;

    /// <summary>The zender stored with our outbound envelopes ((zender, referentienummer) is unique in the store).</summary>
    public string EnvelopeZender { get; init; } = DefaultEnvelopeZender;

    /// <summary>How often the commit phase runs before a key conflict is reported as an error.</summary>
    public int CommitAttempts { get; init; } = DefaultCommitAttempts;
}
