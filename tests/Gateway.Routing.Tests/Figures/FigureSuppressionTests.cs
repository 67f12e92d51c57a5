using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Figures;

/// <summary>Small cells in exports for outside the back office: the row keeps its labels and month, loses its figures.</summary>
public sealed class FigureSuppressionTests
{
    private static readonly FigureColumn[] Columns =
    [
        new("gemeente", "Gemeente", FigureValueKind.Text),
        new("maand", "Maand", FigureValueKind.Month),
        new("clienten", "Cliënten", FigureValueKind.Count),
        new("eenheden", "Eenheden", FigureValueKind.Units),
        new("toegekend_eurocent", "Toegekend", FigureValueKind.Eurocents),
        new("dagen_gemiddeld", "Dagen", FigureValueKind.Days),
        new("benut_procent", "Benut", FigureValueKind.Percent),
    ];

    [Fact]
    public void Apply_RowBelowTheMinimum_OnlyTextAndMonthKept()
    {
        var table = Table(Row("0363", 4));

        var row = Assert.Single(FigureSuppression.Apply(table, 5).Rows);

        Assert.Equal(["0363", new Maand(2026, 1), null, null, null, null, null], row.Values);
    }

    [Fact]
    public void Apply_RowAtTheMinimum_Kept()
    {
        var table = Table(Row("0363", 5));

        Assert.Equal(table.Rows[0].Values, Assert.Single(FigureSuppression.Apply(table, 5).Rows).Values);
    }

    [Fact]
    public void Apply_RowNotAboutClients_Kept()
    {
        var lumpSum = new FigureRow(["0599", new Maand(2026, 1), null, null, 100_000L, null, null], null);

        Assert.Equal(lumpSum.Values, Assert.Single(FigureSuppression.Apply(Table(lumpSum), 5).Rows).Values);
    }

    [Fact]
    public void Apply_SomeSuppressed_ANoteSayingHowManyAndWhy()
    {
        var table = Table(Row("0363", 1), Row("0599", 12), Row("0518", 4)) with { Notes = ["Eerste noot."] };

        var suppressed = FigureSuppression.Apply(table, 5);

        Assert.Equal(3, suppressed.Rows.Count);
        Assert.Equal("Eerste noot.", suppressed.Notes[0]);
        Assert.Equal(
            "Onderdrukt voor gebruik buiten de backoffice: 2 rijen tellen minder dan 5 cliënten; de getallen daarvan zijn leeg gelaten, zodat niemand herkenbaar is.",
            suppressed.Notes[1]);
        Assert.Equal(12L, suppressed.Rows[1].Values[2]);
    }

    [Fact]
    public void Apply_NoneSuppressed_StillSaysSo()
    {
        var suppressed = FigureSuppression.Apply(Table(Row("0363", 3)), 1);

        Assert.Equal(3L, suppressed.Rows[0].Values[2]);
        Assert.StartsWith("Onderdrukt voor gebruik buiten de backoffice: 0 rijen tellen minder dan 1 cliënt;", Assert.Single(suppressed.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MinimumBelowOne_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureSuppression.Apply(Table(Row("0363", 3)), 0));
    }

    private static FigureRow Row(string gemeente, long clients) =>
        new([gemeente, new Maand(2026, 1), clients, 40L, 123_45L, 12.5m, 80.0m], clients);

    private static FigureTable Table(params FigureRow[] rows) =>
        new(FigureKind.Productie, new FigureRequest(new Maand(2026, 1), new Maand(2026, 1), [], []), Columns, rows, []);
}
