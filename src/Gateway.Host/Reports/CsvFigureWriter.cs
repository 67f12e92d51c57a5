using System.Text;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>
/// A report as CSV that Excel with Dutch settings opens as it is: UTF-8 with a byte order mark, <c>;</c> between fields,
/// decimal comma without thousands separator (amounts in euros), months as yyyy-MM, CRLF after every record, the Dutch
/// headers. A field holding <c>;</c>, <c>"</c> or a line break is quoted with its quotes doubled (RFC 4180); a label
/// Excel would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading <c>'</c>.
/// </summary>
internal sealed class CsvFigureWriter : IFigureWriter
{
    public static readonly CsvFigureWriter Instance = new();

    public const char Separator = ';';

    public ReportFormat Format => ReportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public async Task WriteAsync(FigureTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(Separator, table.Columns.Select(c => Field(Label(c.Header)))).AsMemory(), cancellationToken);
        foreach (var row in table.Rows)
        {
            var fields = table.Columns.Select((column, i) => column.Kind == FigureValueKind.Text && row.Values[i] is { } value
                ? Field(Label(FigureValues.Label(value)))
                : Field(FigureValues.DutchText(row.Values[i], column.Kind, grouped: false)));
            await writer.WriteLineAsync(string.Join(Separator, fields).AsMemory(), cancellationToken);
        }
    }

    /// <summary>A label that cannot start a formula in a spreadsheet.</summary>
    public static string Label(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The field quoted when it must be (RFC 4180, with <c>;</c> as the separator).</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
