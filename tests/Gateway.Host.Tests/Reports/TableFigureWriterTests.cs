using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>The terminal table: aligned columns, Dutch headers and numbers, notes under it.</summary>
public sealed class TableFigureWriterTests
{
    [Fact]
    public void Text_SmallTable_AlignedWithDutchNumbersAndTheNotesUnderIt()
    {
        var text = TableFigureWriter.Text(SomeFigures.Small());

        Assert.Equal(
            """
            Gemeente  Maand    Cliënten  Toegekend (€)  Benut (%)
            --------  -------  --------  -------------  ---------
            0363      2026-01     1.234       1.234,56       12,4
            0599      2026-02         5          -0,05

            Een noot.

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Text_LargeAmount_EurosExactWithThousandsSeparators()
    {
        var text = TableFigureWriter.Text(SomeFigures.Declaraties());

        Assert.Contains("1.234.567,89", text, StringComparison.Ordinal);
        Assert.Contains("-12,50", text, StringComparison.Ordinal);
        Assert.Contains("30,3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Utf8WithoutByteOrderMark()
    {
        using var buffer = new MemoryStream();
        await TableFigureWriter.Instance.WriteAsync(SomeFigures.Small(), buffer, CancellationToken.None);

        Assert.Equal((byte)'G', buffer.ToArray()[0]);
    }
}
