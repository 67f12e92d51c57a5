using Gateway.Routing.Region;

namespace Gateway.Host.Region;

/// <summary>The region (section Gateway:Region): its gemeenten with their back offices, keys and timeouts, and the known providers.</summary>
public sealed class RegionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Region";

    /// <summary>A name for logs and the operator API, e.g. "Regio Voorbeeld".</summary>
    public string Name { get; set; } = "region";

    /// <summary>The gemeenten; at least one.</summary>
    public List<GemeenteOptions> Gemeenten { get; set; } = [];

    /// <summary>AGB codes of known providers; empty means any provider is accepted.</summary>
    public List<string> KnownProviders { get; set; } = [];

    /// <summary>What routing needs of the region: codes, names and where each back office lives.</summary>
    internal RegionRoutes ToRoutes() => new()
    {
        Gemeenten = [.. Gemeenten.Select(g => new GemeenteRoute
        {
            Code = g.Code,
            Name = g.Name,
            BackOffice = new BackOfficeRoute
            {
                Kind = g.BackOffice.Kind,
                Endpoint = Uri.TryCreate(g.BackOffice.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint : null,
                InboxPath = g.BackOffice.InboxPath,
                OutboxPath = g.BackOffice.OutboxPath,
            },
        })],
        KnownProviders = [.. KnownProviders],
    };
}
