using ClosedXML.Excel;
using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>The workbook of a report, read back with ClosedXML: a bold frozen header row, euros as numbers, text that stays text, the notes sheet.</summary>
public sealed class XlsxFigureWriterTests
{
    [Fact]
    public async Task Write_ASheetNamedAfterTheReport_AndTheNotesSheet()
    {
        using var workbook = await WriteAsync();

        Assert.Equal(["declaraties", "Toelichting"], workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public async Task Write_DutchHeaders_BoldInAFrozenTopRow()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.Equal("Gemeente", sheet.Cell(1, 2).GetString());
        Assert.Equal("Gedeclareerd (€)", sheet.Cell(1, 9).GetString());
        Assert.True(sheet.Cell(1, 9).Style.Font.Bold);
        Assert.False(sheet.Cell(2, 9).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task Write_Amounts_NumbersInEurosWithTwoDecimals()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLDataType.Number, sheet.Cell(2, 9).DataType);
        Assert.Equal(1234567.89m, sheet.Cell(2, 9).GetValue<decimal>());
        Assert.Equal("#,##0.00", sheet.Cell(2, 9).Style.NumberFormat.Format);
        Assert.Equal(-12.5m, sheet.Cell(3, 9).GetValue<decimal>());
        Assert.Equal(1500, sheet.Cell(2, 8).GetValue<long>());
    }

    [Fact]
    public async Task Write_DaysAndPercent_OneDecimal()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.Equal(12.4m, sheet.Cell(2, 11).GetValue<decimal>());
        Assert.Equal("0.0", sheet.Cell(2, 11).Style.NumberFormat.Format);
        Assert.Equal(30.3m, sheet.Cell(2, 10).GetValue<decimal>());
    }

    [Fact]
    public async Task Write_MonthsCodesAndFormulaLikeLabels_StayText()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLDataType.Text, sheet.Cell(2, 6).DataType);
        Assert.Equal("2026-01", sheet.Cell(2, 6).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 2).DataType);
        Assert.Equal("0363", sheet.Cell(2, 2).GetString());
        Assert.False(sheet.Cell(3, 3).HasFormula);
        Assert.Equal(SomeFigures.Formula, sheet.Cell(3, 3).GetString());
        Assert.Equal(SomeFigures.Awkward, sheet.Cell(3, 5).GetString());
    }

    [Fact]
    public async Task Write_NoValue_EmptyCell()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.True(sheet.Cell(3, 11).IsEmpty());
        Assert.True(sheet.Cell(4, 4).IsEmpty());
    }

    [Fact]
    public async Task Write_Toelichting_TheRequestAndTheNotes()
    {
        using var workbook = await WriteAsync();
        var notes = workbook.Worksheet(XlsxFigureWriter.NotesSheet);
        var texts = notes.CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Contains("declaraties", texts);
        Assert.Contains("2026-01", texts);
        Assert.Contains("2026-03", texts);
        Assert.Contains("0363", texts);
        Assert.All(SomeFigures.Declaraties().Notes, note => Assert.Contains(note, texts));
    }

    private static async Task<XLWorkbook> WriteAsync()
    {
        var buffer = new MemoryStream();
        await XlsxFigureWriter.Instance.WriteAsync(SomeFigures.Declaraties(), buffer, CancellationToken.None);
        buffer.Position = 0;
        return new XLWorkbook(buffer);
    }
}
