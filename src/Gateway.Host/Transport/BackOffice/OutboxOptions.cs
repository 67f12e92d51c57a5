using Gateway.Messages.Validation;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>How the directory outboxes of back offices are read and how long handled files are kept (section Gateway:Outbox).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Outbox";

    /// <summary>The hub's limit for one message: 25 MB.</summary>
    public const long DefaultMaxFileBytes = Level1Options.DefaultMaxDocumentBytes;

    /// <summary>The largest file the gateway reads into memory; a byte array cannot hold more.</summary>
    public const long MaxMaxFileBytes = int.MaxValue - 1024;

    /// <summary>How long handled outbox files are kept by default.</summary>
    public static readonly TimeSpan DefaultHandledFileRetention = TimeSpan.FromDays(14);

    /// <summary>The shortest retention accepted for handled outbox files.</summary>
    public static readonly TimeSpan MinimumHandledFileRetention = TimeSpan.FromHours(1);

    /// <summary>A larger file is moved to <c>rejected/</c> without being read.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Files in <c>done/</c> and <c>rejected/</c> (which hold BSNs in plain) are deleted this long after they were handled.</summary>
    public TimeSpan HandledFileRetention { get; set; } = DefaultHandledFileRetention;
}
