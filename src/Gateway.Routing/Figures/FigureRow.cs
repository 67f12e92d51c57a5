namespace Gateway.Routing.Figures;

/// <summary>
/// One row: a value per column (string, <see cref="Maand"/>, long or decimal as the column's kind says; null when
/// there is none), and how many distinct clients it counts, which decides suppression in outside exports (null for rows
/// that are not about clients, such as lump sums and ceilings).
/// </summary>
public sealed record FigureRow(IReadOnlyList<object?> Values, long? Clients);
