using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Region;

/// <summary>A ceiling of the generated region, sized from the planned year so some are reached before December.</summary>
internal sealed record CeilingSpec(string Id, Standard Standard, string? Aanbieder, string? Perceel, string? Categorie, string? Code, long Bedrag);
