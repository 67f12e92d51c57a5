using Gateway.Routing.Region;

namespace Gateway.Host.Region;

/// <summary>The back-office endpoint of one gemeente.</summary>
public sealed class BackOfficeOptions
{
    /// <summary>How the back office is reached: Http (we POST to it) or Directory (inbox/outbox folders).</summary>
    public BackOfficeKind Kind { get; set; } = BackOfficeKind.Http;

    /// <summary>Http: the URL we POST accepted inbound messages and answers to.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Http: the key the back office sends in <c>X-Api-Key</c> when it POSTs outbound messages to us, and that we send to it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Http: per-attempt timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Directory: where we write messages for the back office.</summary>
    public string? InboxPath { get; set; }

    /// <summary>Directory: where the back office drops outbound messages for us.</summary>
    public string? OutboxPath { get; set; }
}
