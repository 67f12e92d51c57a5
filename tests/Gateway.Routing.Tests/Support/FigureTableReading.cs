using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Support;

/// <summary>Reads a report by column key, as the outputs do.</summary>
internal static class FigureTableReading
{
    public static object? Value(this FigureTable table, FigureRow row, string key)
    {
        var index = table.Columns.Select(c => c.Key).ToList().IndexOf(key);
        Assert.True(index >= 0, $"no column {key} in the {table.Kind} report");
        return row.Values[index];
    }

    /// <summary>The rows whose columns hold these values (a Maand may be given as "yyyy-MM").</summary>
    public static IReadOnlyList<FigureRow> Where(this FigureTable table, params (string Key, object? Value)[] match) =>
        [.. table.Rows.Where(row => match.All(m => Equals(Normalised(table.Value(row, m.Key)), m.Value)))];

    /// <summary>The one row holding these values.</summary>
    public static FigureRow Single(this FigureTable table, params (string Key, object? Value)[] match)
    {
        var rows = table.Where(match);
        Assert.True(rows.Count == 1, $"{rows.Count} rows match {string.Join(", ", match.Select(m => $"{m.Key}={m.Value}"))}");
        return rows[0];
    }

    /// <summary>The named values of a row, as (key, value) pairs to compare whole.</summary>
    public static object?[] Values(this FigureTable table, FigureRow row, params string[] keys) => [.. keys.Select(k => Normalised(table.Value(row, k)))];

    private static object? Normalised(object? value) => value is Maand maand ? maand.ToString() : value;
}
