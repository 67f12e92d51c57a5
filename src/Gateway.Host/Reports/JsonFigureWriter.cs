using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>
/// A report as JSON: <c>{ "kind", "van", "tot", "gemeenten", "aanbieders", "columns": [{ "key", "header", "kind" }],
/// "rows": [{ key: value }], "notes" }</c>. Counts, units and eurocents are whole numbers (money never as a float),
/// days and percentages decimals, months "yyyy-MM", no value null; a line break after the object.
/// </summary>
internal sealed class JsonFigureWriter : IFigureWriter
{
    public static readonly JsonFigureWriter Instance = new();

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ReportFormat Format => ReportFormat.Json;

    public string ContentType => "application/json; charset=utf-8";

    public string Extension => "json";

    public async Task WriteAsync(FigureTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var json = new Utf8JsonWriter(destination, Options);
        json.WriteStartObject();
        json.WriteString("kind", ReportKinds.Name(table.Kind));
        json.WriteString("van", table.Request.Van.ToString());
        json.WriteString("tot", table.Request.Tot.ToString());
        Strings(json, "gemeenten", table.Request.Gemeenten);
        Strings(json, "aanbieders", table.Request.Aanbieders);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("key", column.Key);
            json.WriteString("header", column.Header);
            json.WriteString("kind", column.Kind.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Key);
                Value(json, row.Values[i], table.Columns[i].Kind);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", table.Notes);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void Value(Utf8JsonWriter json, object? value, FigureValueKind kind)
    {
        switch (kind)
        {
            case var _ when value is null:
                json.WriteNullValue();
                break;
            case FigureValueKind.Count or FigureValueKind.Units or FigureValueKind.Eurocents:
                json.WriteNumberValue(FigureValues.Whole(value));
                break;
            case FigureValueKind.Days or FigureValueKind.Percent:
                json.WriteNumberValue(FigureValues.Fraction(value));
                break;
            case FigureValueKind.Month:
                json.WriteStringValue(FigureValues.Month(value));
                break;
            default:
                json.WriteStringValue(FigureValues.Label(value));
                break;
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
