namespace Gateway.Bench.Figures.Region;

/// <summary>One contracted product of one provider: region-wide (no gemeenten) or for some gemeenten.</summary>
internal sealed record ContractSpec(string Id, ProviderSpec Aanbieder, ProductSpec Product, IReadOnlyList<string> Gemeenten, long? Taakbudget)
{
    public bool Covers(string gemeente) => Gemeenten.Count == 0 || Gemeenten.Contains(gemeente);
}
