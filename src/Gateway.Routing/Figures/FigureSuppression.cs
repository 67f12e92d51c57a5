using System.Globalization;

namespace Gateway.Routing.Figures;

/// <summary>
/// Small-cell suppression for exports meant for outside the back office, as statistical agencies do: a row that counts
/// fewer clients than the minimum keeps its labels and month, and loses every figure.
/// </summary>
public static class FigureSuppression
{
    /// <summary>The minimum number of clients a row must count to be shown outside the back office, unless configured.</summary>
    public const int DefaultMinimumClients = 5;

    /// <summary>
    /// The table with every value that is not a <see cref="FigureValueKind.Text"/> or <see cref="FigureValueKind.Month"/>
    /// blanked in the rows whose <see cref="FigureRow.Clients"/> is below <paramref name="minimumClients"/> (rows that are
    /// not about clients are kept), and a note saying how many rows were suppressed and why.
    /// </summary>
    public static FigureTable Apply(FigureTable table, int minimumClients)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumClients, 1);
        var suppressed = 0;
        var rows = new List<FigureRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (row.Clients is { } clients && clients < minimumClients)
            {
                suppressed++;
                rows.Add(row with { Values = [.. row.Values.Select((value, i) => Keeps(table.Columns[i].Kind) ? value : null)] });
            }
            else
            {
                rows.Add(row);
            }
        }

        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Onderdrukt voor gebruik buiten de backoffice: {suppressed} {(suppressed == 1 ? "rij telt" : "rijen tellen")} minder dan {minimumClients} {(minimumClients == 1 ? "cliënt" : "cliënten")}; de getallen daarvan zijn leeg gelaten, zodat niemand herkenbaar is.");
        return table with { Rows = rows, Notes = [.. table.Notes, note] };
    }

    private static bool Keeps(FigureValueKind kind) => kind is FigureValueKind.Text or FigureValueKind.Month;
}
