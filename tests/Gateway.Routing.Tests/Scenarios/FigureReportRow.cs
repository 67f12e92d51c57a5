using System.Globalization;
using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>One row of a <see cref="FigureReport"/>, asserted column by column.</summary>
internal sealed class FigureReportRow(FigureReport report, FigureRow row, string name)
{
    /// <summary>
    /// Asserts each column's value: a long for counts, eurocents and units, a decimal for days and percentages, a string
    /// for text, a <see cref="Maand"/> for months, null where the report has nothing.
    /// </summary>
    public FigureReportRow Is(params (string Key, object? Value)[] expected)
    {
        foreach (var (key, value) in expected)
        {
            var actual = report.Value(row, key);
            Assert.True(Equals(actual, value), $"{report.Table.Kind} {name}: {key} is {Show(actual)}, expected {Show(value)}");
        }

        return this;
    }

    /// <summary>Asserts how many distinct clients the row counts (null for rows not about clients).</summary>
    public FigureReportRow Clients(long? expected)
    {
        Assert.True(row.Clients == expected, $"{report.Table.Kind} {name}: Clients is {Show(row.Clients)}, expected {Show(expected)}");
        return this;
    }

    private static string Show(object? value) =>
        value is null ? "null" : $"{Convert.ToString(value, CultureInfo.InvariantCulture)} ({value.GetType().Name})";
}
