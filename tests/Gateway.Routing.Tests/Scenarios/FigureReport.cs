using System.Globalization;
using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// One built report under test. Finds the single row with given column values (a cell and a month, plus traject,
/// retourcode and the like) and asserts its columns by key, naming report, row and column in every failure; remembers
/// every column it matched or asserted, so the test can prove that each column of the report was checked.
/// </summary>
internal sealed class FigureReport(FigureTable table)
{
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);

    public FigureTable Table => table;

    /// <summary>The row of <paramref name="cell"/> in <paramref name="maand"/> (and with the <paramref name="more"/> values).</summary>
    public FigureReportRow At(FigureCell cell, Maand maand, params (string Key, object? Value)[] more) =>
        Where([.. cell.Criteria(), ("maand", maand), .. more]);

    /// <summary>The one row holding all these values.</summary>
    public FigureReportRow Where(params (string Key, object? Value)[] criteria)
    {
        var matches = table.Rows.Where(r => criteria.All(c => Equals(Value(r, c.Key), c.Value))).ToList();
        Assert.True(matches.Count == 1, $"{table.Kind}: {matches.Count} rows with {Describe(criteria)}; the report holds:{Environment.NewLine}{string.Join(Environment.NewLine, table.Rows.Select(Describe))}");
        return new FigureReportRow(this, matches[0], Describe(criteria));
    }

    /// <summary>Asserts that no row holds all these values (rows only exist for cells with something to count).</summary>
    public void None(FigureCell cell, Maand maand)
    {
        (string Key, object? Value)[] criteria = [.. cell.Criteria(), ("maand", maand)];
        var matches = table.Rows.Where(r => criteria.All(c => Equals(Value(r, c.Key), c.Value))).ToList();
        Assert.True(matches.Count == 0, $"{table.Kind}: expected no row with {Describe(criteria)}, found {string.Join("; ", matches.Select(Describe))}");
    }

    /// <summary>The value of column <paramref name="key"/> in <paramref name="row"/>; the column must exist.</summary>
    public object? Value(FigureRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = IndexOf(key);
        _checked.Add(key);
        return row.Values[index];
    }

    /// <summary>Asserts that the report has exactly these columns, in this order, and that the test checked every one of them.</summary>
    public void EveryColumnChecked(IReadOnlyList<string> columns)
    {
        var keys = table.Columns.Select(c => c.Key).ToList();
        Assert.True(keys.SequenceEqual(columns), $"{table.Kind}: columns {string.Join(",", keys)}, expected {string.Join(",", columns)}");
        var missing = keys.Where(k => !_checked.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"{table.Kind}: the test checks no value of {string.Join(", ", missing)}");
    }

    /// <summary>The row's text and month columns, to name it in a failure.</summary>
    public string Describe(FigureRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(" ", table.Columns
            .Select((c, i) => (Column: c, Value: row.Values[i]))
            .Where(x => x.Column.Kind is FigureValueKind.Text or FigureValueKind.Month)
            .Select(x => $"{x.Column.Key}={x.Value ?? "null"}"));
    }

    private int IndexOf(string key)
    {
        var index = table.Columns.Select(c => c.Key).ToList().IndexOf(key);
        Assert.True(index >= 0, $"{table.Kind}: no column '{key}' (columns: {string.Join(",", table.Columns.Select(c => c.Key))})");
        return index;
    }

    private static string Describe(IEnumerable<(string Key, object? Value)> criteria) =>
        string.Join(" ", criteria.Select(c => $"{c.Key}={Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? "null"}"));
}
