namespace Gateway.Host.Operators;

/// <summary>One ceiling-year with its usage; amounts in eurocents. No BSN.</summary>
internal sealed record CeilingView(
    string Id,
    string? Standaard,
    int Jaar,
    CeilingScopeView Scope,
    long Bedrag,
    long Used,
    long Percent,
    IReadOnlyList<int> Drempels,
    IReadOnlyList<int> DrempelsBereikt,
    string Beleid);
