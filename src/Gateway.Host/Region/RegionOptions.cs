using System.ComponentModel.DataAnnotations;

namespace Gateway.Host.Region;

/// <summary>The region this gateway serves: its gemeenten and where each gemeente's back office lives.</summary>
public sealed class RegionOptions
{
    public const string SectionName = "Gateway:Region";

    /// <summary>A name for logs and the operator API, e.g. "Regio Voorbeeld".</summary>
    public string Name { get; set; } = "region";

    /// <summary>Our own code as a sender towards the hub (a gemeentecode of the region is used when empty).</summary>
    public List<GemeenteOptions> Gemeenten { get; set; } = [];
}

/// <summary>One gemeente of the region and its back office.</summary>
public sealed class GemeenteOptions
{
    /// <summary>The four-digit CBS gemeentecode.</summary>
    public string Code { get; set; } = "";

    public string Naam { get; set; } = "";

    public BackOfficeOptions BackOffice { get; set; } = new();
}

/// <summary>How a back office exchanges messages: HTTP or a pair of directories.</summary>
public enum BackOfficeKind
{
    Http,
    Directory,
}

/// <summary>The back-office endpoint of one gemeente.</summary>
public sealed class BackOfficeOptions
{
    public BackOfficeKind Kind { get; set; } = BackOfficeKind.Http;

    /// <summary>Http: the URL we POST accepted inbound messages and answers to.</summary>
    public string? Url { get; set; }

    /// <summary>Http: the key the back office sends in <c>X-Api-Key</c> when it POSTs outbound messages to us, and that we send to it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Http: per-attempt timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Directory: where we write messages for the back office.</summary>
    public string? Inbox { get; set; }

    /// <summary>Directory: where the back office drops outbound messages for us.</summary>
    public string? Outbox { get; set; }
}
