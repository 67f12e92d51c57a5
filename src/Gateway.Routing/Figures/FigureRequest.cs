namespace Gateway.Routing.Figures;

/// <summary>What one report covers: months <paramref name="Van"/> … <paramref name="Tot"/> (both included), optionally only
/// some gemeenten (current codes: a merged code's history counts under its successor) and providers (AGB codes).</summary>
public sealed record FigureRequest(Maand Van, Maand Tot, IReadOnlyList<string> Gemeenten, IReadOnlyList<string> Aanbieders);
