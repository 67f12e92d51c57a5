using System.Text;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>
/// A report as aligned columns for a terminal: the Dutch headers, labels left and numbers right, amounts in euros as
/// "1.234,56", days and percentages with one decimal, an empty cell for no value; the notes under the table.
/// </summary>
internal sealed class TableFigureWriter : IFigureWriter
{
    public static readonly TableFigureWriter Instance = new();

    private const string Gap = "  ";

    public ReportFormat Format => ReportFormat.Table;

    public string ContentType => "text/plain; charset=utf-8";

    public string Extension => "txt";

    public async Task WriteAsync(FigureTable table, Stream destination, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        await writer.WriteAsync(Text(table).AsMemory(), cancellationToken);
    }

    public static string Text(FigureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns;
        var cells = table.Rows.Select(row => columns.Select((column, i) => FigureValues.DutchText(row.Values[i], column.Kind, grouped: true)).ToList()).ToList();
        var widths = columns.Select((column, i) => cells.Select(row => row[i].Length).Append(column.Header.Length).Max()).ToList();

        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Header).ToList(), columns, widths);
        text.Append(string.Join(Gap, widths.Select(w => new string('-', w))).TrimEnd()).Append('\n');
        foreach (var row in cells)
        {
            Line(text, row, columns, widths);
        }

        if (table.Notes.Count > 0)
        {
            text.Append('\n');
            foreach (var note in table.Notes)
            {
                text.Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<FigureColumn> columns, IReadOnlyList<int> widths)
    {
        var line = string.Join(Gap, cells.Select((cell, i) => FigureValues.IsNumber(columns[i].Kind) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])));
        text.Append(line.TrimEnd()).Append('\n');
    }
}
