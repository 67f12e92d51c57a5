namespace Gateway.Host.Operators;

/// <summary>A ceiling's scope as the contract register gives it.</summary>
internal sealed record CeilingScopeView(string? Aanbieder, string? Perceel, string? Categorie, string? Code, IReadOnlyList<string> Gemeenten);
