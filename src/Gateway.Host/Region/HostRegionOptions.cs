using Gateway.Routing.Region;

namespace Gateway.Host.Region;

/// <summary>The host's view of the region (section Gateway:Region): the back offices with their keys and timeouts, besides what routing reads.</summary>
public sealed class HostRegionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Region";

    /// <summary>A name for logs and the operator API, e.g. "Regio Voorbeeld".</summary>
    public string Name { get; set; } = "region";

    /// <summary>The gemeenten; the same section binds the routing table's <c>RegionOptions</c>.</summary>
    public List<HostGemeenteOptions> Gemeenten { get; set; } = [];
}

/// <summary>One gemeente of the region and its back office.</summary>
public sealed class HostGemeenteOptions
{
    /// <summary>The four-digit CBS gemeentecode.</summary>
    public string Code { get; set; } = "";

    /// <summary>The gemeente's name, shown beside its code.</summary>
    public string Name { get; set; } = "";

    /// <summary>How messages reach this gemeente's back office.</summary>
    public HostBackOfficeOptions BackOffice { get; set; } = new();
}

/// <summary>The back-office endpoint of one gemeente.</summary>
public sealed class HostBackOfficeOptions
{
    /// <summary>Whether the back office is reached over HTTP or through folders.</summary>
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
