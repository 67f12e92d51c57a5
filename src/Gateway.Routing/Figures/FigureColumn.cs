namespace Gateway.Routing.Figures;

/// <summary>One column of a report.</summary>
/// <param name="Key">Its stable name in CSV headers and JSON (snake_case, e.g. "granted_eurocents").</param>
/// <param name="Header">Its Dutch heading for tables and spreadsheets.</param>
/// <param name="Kind">What it holds.</param>
public sealed record FigureColumn(string Key, string Header, FigureValueKind Kind);
