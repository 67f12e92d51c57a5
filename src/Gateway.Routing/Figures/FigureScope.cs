namespace Gateway.Routing.Figures;

/// <summary>
/// What a figure source reads: facts that touch the days <paramref name="Van"/> … <paramref name="Tot"/> (both included),
/// of these gemeentecodes as the ledger recorded them (empty: every gemeente). Provider filtering is the builder's.
/// </summary>
public sealed record FigureScope(DateOnly Van, DateOnly Tot, IReadOnlyCollection<string> Gemeentecodes);
