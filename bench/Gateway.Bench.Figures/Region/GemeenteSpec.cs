namespace Gateway.Bench.Figures.Region;

/// <summary>A gemeente of the generated region: real CBS code and name, weighted by its number of inhabitants.</summary>
internal sealed record GemeenteSpec(string Code, string Naam, int Inwoners);
