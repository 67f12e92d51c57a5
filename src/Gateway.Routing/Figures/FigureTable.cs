namespace Gateway.Routing.Figures;

/// <summary>One report: its kind, the request it answers, columns, rows and the notes a reader needs (definitions used, suppressions).</summary>
public sealed record FigureTable(FigureKind Kind, FigureRequest Request, IReadOnlyList<FigureColumn> Columns, IReadOnlyList<FigureRow> Rows, IReadOnlyList<string> Notes);
