using Gateway.Bench.Figures.Region;
using Gateway.Routing.Volumes;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// The care under one toewijzing as planned: what was allocated (<paramref name="Allocation"/>, or a
/// <paramref name="Budget"/>), when it actually began and ended, and a temporary stop when there was one.
/// </summary>
internal sealed record CareEpisode(ProductSpec Product, Allocation Allocation, long Nummer, long? Budget, DateOnly Begin, DateOnly EindeZorg, (DateOnly From, DateOnly To)? Pauze);
