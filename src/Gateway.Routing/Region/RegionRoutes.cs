namespace Gateway.Routing.Region;

/// <summary>What routing needs of the region (built by the Host from its Gateway:Region options): its gemeenten and, optionally, the providers it knows.</summary>
public sealed record RegionRoutes
{
    /// <summary>The gemeenten; at least one.</summary>
    public List<GemeenteRoute> Gemeenten { get; init; } = [];

    /// <summary>AGB codes of known providers; empty means any provider is accepted.</summary>
    public List<string> KnownProviders { get; init; } = [];
}
