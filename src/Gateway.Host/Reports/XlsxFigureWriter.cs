using ClosedXML.Excel;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>
/// A report as an Excel workbook (ClosedXML): one sheet named after the report with the Dutch headers in a bold, frozen top
/// row, amounts as numbers in euros (<c>#,##0.00</c>), counts and units as whole numbers, days and percentages with one
/// decimal, months and labels as text; a second sheet "Toelichting" with the request and the notes.
/// </summary>
internal sealed class XlsxFigureWriter : IFigureWriter
{
    public static readonly XlsxFigureWriter Instance = new();

    public const string NotesSheet = "Toelichting";

    private const int MaxColumnWidth = 60;

    public ReportFormat Format => ReportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => "xlsx";

    public async Task WriteAsync(FigureTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            Figures(workbook.Worksheets.Add(ReportKinds.Name(table.Kind)), table);
            Notes(workbook.Worksheets.Add(NotesSheet), table);
            workbook.SaveAs(buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken);
    }

    private static void Figures(IXLWorksheet sheet, FigureTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            Text(sheet.Cell(1, c + 1), column.Header);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                Value(sheet.Cell(r + 2, c + 1), table.Rows[r].Values[c], column.Kind);
            }

            // Fixed widths: measuring the text (AdjustToContents) needs GDI+, which Linux hosts do not have.
            var longest = table.Rows.Select(row => FigureValues.DutchText(row.Values[c], column.Kind, grouped: true).Length).Append(column.Header.Length).Max();
            sheet.Column(c + 1).Width = Math.Min(MaxColumnWidth, longest + 2);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Value(IXLCell cell, object? value, FigureValueKind kind)
    {
        switch (kind)
        {
            case var _ when value is null:
                break;
            case FigureValueKind.Eurocents:
                cell.SetValue(FigureValues.Euros(value));
                cell.Style.NumberFormat.Format = "#,##0.00";
                break;
            case FigureValueKind.Count or FigureValueKind.Units:
                cell.SetValue(FigureValues.Whole(value));
                cell.Style.NumberFormat.Format = "0";
                break;
            case FigureValueKind.Days or FigureValueKind.Percent:
                cell.SetValue(FigureValues.OneDecimal(value));
                cell.Style.NumberFormat.Format = "0.0";
                break;
            case FigureValueKind.Month:
                Text(cell, FigureValues.Month(value));
                break;
            default:
                Text(cell, FigureValues.Label(value));
                break;
        }
    }

    /// <summary>Text that stays text: never a number, date or formula, whatever it looks like ("0363", "2026-01", "=…").</summary>
    private static void Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    private static void Notes(IXLWorksheet sheet, FigureTable table)
    {
        var request = table.Request;
        (string Label, string Value)[] lines =
        [
            ("Rapport", ReportKinds.Name(table.Kind)),
            ("Van", request.Van.ToString()),
            ("Tot en met", request.Tot.ToString()),
            ("Gemeenten", request.Gemeenten.Count == 0 ? "alle" : string.Join(", ", request.Gemeenten)),
            ("Aanbieders", request.Aanbieders.Count == 0 ? "alle" : string.Join(", ", request.Aanbieders)),
        ];
        var row = 1;
        foreach (var (label, value) in lines)
        {
            Text(sheet.Cell(row, 1), label);
            Text(sheet.Cell(row, 2), value);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            row++;
        }

        row++;
        Text(sheet.Cell(row, 1), NotesSheet);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        foreach (var note in table.Notes)
        {
            Text(sheet.Cell(++row, 1), note);
        }

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 40;
    }
}
