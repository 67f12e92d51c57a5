namespace Gateway.Routing.Region;

/// <summary>How a back office exchanges messages with the gateway.</summary>
public enum BackOfficeKind
{
    /// <summary>We POST to its endpoint; it POSTs outbound messages to our API.</summary>
    Http,

    /// <summary>We write to its inbox directory; we pick up outbound messages from its outbox directory.</summary>
    Directory,
}

/// <summary>Where the back office of one gemeente lives.</summary>
public sealed record BackOfficeOptions
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

/// <summary>One gemeente of the region.</summary>
public sealed record GemeenteOptions
{
    /// <summary>The four-digit CBS gemeentecode, e.g. "0344".</summary>
    public string Code { get; init; } = "";

    /// <summary>The name, for operators ("Utrecht").</summary>
    public string Name { get; init; } = "";

    /// <summary>Its back office.</summary>
    public BackOfficeOptions BackOffice { get; init; } = new();
}

/// <summary>The region the gateway serves: its gemeenten and, optionally, the providers it knows.</summary>
public sealed record RegionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Region";

    /// <summary>The gemeenten; at least one.</summary>
    public List<GemeenteOptions> Gemeenten { get; init; } = [];

    /// <summary>AGB codes of known providers; empty means any provider is accepted.</summary>
    public List<string> KnownProviders { get; init; } = [];
}
