using System.Text;
using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>CSV for Excel with Dutch settings, read back by the rules Excel uses: BOM, <c>;</c>, decimal comma, RFC 4180 quoting.</summary>
public sealed class CsvFigureWriterTests
{
    [Fact]
    public async Task Write_StartsWithTheUtf8ByteOrderMark_AndEndsEveryRecordWithCrLf()
    {
        var bytes = await WriteAsync();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        // The only bare line feed is the one inside the quoted label.
        Assert.Equal(1, text.Replace("\r\n", "", StringComparison.Ordinal).Count(c => c == '\n'));
    }

    [Fact]
    public async Task Write_ParsedBack_DutchHeadersAndOneRecordPerRow()
    {
        var records = Parse(await WriteAsync());

        Assert.Equal(["Domein", "Gemeente", "Aanbieder", "Productcode", "Variant", "Maand", "Prestaties", "Eenheden", "Gedeclareerd (€)", "Dagen gemiddeld", "Benut (%)"], records[0]);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(11, r.Count));
    }

    [Fact]
    public async Task Write_Numbers_DecimalCommaWithoutThousandsSeparator_EurosExact()
    {
        var records = Parse(await WriteAsync());

        Assert.Equal(["iJw", "0363", "12345678", "45A48", "inspanningsgericht", "2026-01", "12", "1500", "1234567,89", "30,3", "12,4"], records[1]);
        Assert.Equal("-12,50", records[2][8]);
        Assert.Equal("0,05", records[3][8]);
    }

    [Fact]
    public async Task Write_NoValue_EmptyField()
    {
        var records = Parse(await WriteAsync());

        Assert.Equal("", records[2][9]);
        Assert.Equal("", records[2][10]);
        Assert.Equal("", records[3][3]);
    }

    [Fact]
    public async Task Write_LabelWithSeparatorQuotesAndLineBreak_QuotedWithQuotesDoubled()
    {
        var bytes = await WriteAsync();

        Assert.Contains("\"taak; \"\"gericht\"\"\nregel 2\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(SomeFigures.Awkward, Parse(bytes)[2][4]);
    }

    [Fact]
    public async Task Write_LabelStartingLikeAFormula_PrefixedWithAnApostrophe()
    {
        var records = Parse(await WriteAsync());

        Assert.Equal("'" + SomeFigures.Formula, records[2][2]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31", "'+31")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("0363", "0363")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Label_FormulaStart_Prefixed(string label, string expected)
    {
        Assert.Equal(expected, CsvFigureWriter.Label(label));
    }

    private static async Task<byte[]> WriteAsync()
    {
        using var buffer = new MemoryStream();
        await CsvFigureWriter.Instance.WriteAsync(SomeFigures.Declaraties(), buffer, CancellationToken.None);
        return buffer.ToArray();
    }

    /// <summary>RFC 4180 with <c>;</c> as the separator, after the byte order mark, as Excel reads it.</summary>
    private static List<List<string>> Parse(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "a quoted field is not closed");
        Assert.Empty(record);
        return records;
    }
}
