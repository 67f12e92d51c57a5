using System.Text.Json;
using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>The JSON of a report, parsed back: request, columns, rows by key, notes; money as whole eurocents.</summary>
public sealed class JsonFigureWriterTests
{
    [Fact]
    public async Task Write_TheRequestAndTheColumns()
    {
        using var json = await WriteAsync();
        var root = json.RootElement;

        Assert.Equal("declaraties", root.GetProperty("kind").GetString());
        Assert.Equal("2026-01", root.GetProperty("van").GetString());
        Assert.Equal("2026-03", root.GetProperty("tot").GetString());
        Assert.Equal(["0363"], root.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetString()));
        Assert.Empty(root.GetProperty("aanbieders").EnumerateArray());
        var column = root.GetProperty("columns")[8];
        Assert.Equal("gedeclareerd_eurocent", column.GetProperty("key").GetString());
        Assert.Equal("Gedeclareerd (€)", column.GetProperty("header").GetString());
        Assert.Equal("eurocents", column.GetProperty("kind").GetString());
        Assert.Equal(11, root.GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public async Task Write_Eurocents_WholeNumbersUnderTheirKeys_NeverFloats()
    {
        using var json = await WriteAsync();
        var rows = json.RootElement.GetProperty("rows");

        var amount = rows[0].GetProperty("gedeclareerd_eurocent");
        Assert.Equal(JsonValueKind.Number, amount.ValueKind);
        Assert.Equal("123456789", amount.GetRawText());
        Assert.Equal(-1250, rows[1].GetProperty("gedeclareerd_eurocent").GetInt64());
        Assert.Equal("1500", rows[0].GetProperty("eenheden").GetRawText());
        Assert.Equal(12, rows[0].GetProperty("prestaties").GetInt64());
    }

    [Fact]
    public async Task Write_LabelsMonthsFractionsAndNoValue()
    {
        using var json = await WriteAsync();
        var rows = json.RootElement.GetProperty("rows");

        Assert.Equal("2026-02", rows[1].GetProperty("maand").GetString());
        Assert.Equal(SomeFigures.Formula, rows[1].GetProperty("aanbieder").GetString());
        Assert.Equal(SomeFigures.Awkward, rows[1].GetProperty("variant").GetString());
        Assert.Equal(12.35m, rows[0].GetProperty("benut_procent").GetDecimal());
        Assert.Equal(30.25m, rows[0].GetProperty("dagen_gemiddeld").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("benut_procent").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("productcode").ValueKind);
    }

    [Fact]
    public async Task Write_Notes()
    {
        using var json = await WriteAsync();

        Assert.Equal(SomeFigures.Declaraties().Notes, json.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!));
    }

    private static async Task<JsonDocument> WriteAsync()
    {
        using var buffer = new MemoryStream();
        await JsonFigureWriter.Instance.WriteAsync(SomeFigures.Declaraties(), buffer, CancellationToken.None);
        return JsonDocument.Parse(buffer.ToArray());
    }
}
