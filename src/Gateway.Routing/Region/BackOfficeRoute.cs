namespace Gateway.Routing.Region;

/// <summary>Where the back office of one gemeente lives.</summary>
public sealed record BackOfficeRoute
{
    /// <summary>HTTP or directory.</summary>
    public BackOfficeKind Kind { get; init; } = BackOfficeKind.Http;

    /// <summary>The URL we POST to (Kind = Http).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The directory we write accepted messages and answers to (Kind = Directory).</summary>
    public string? InboxPath { get; init; }

    /// <summary>The directory the back office drops outbound messages into (Kind = Directory).</summary>
    public string? OutboxPath { get; init; }
}
