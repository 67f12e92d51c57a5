using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Reference;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class FigureReportsTests
{
    private static readonly ContractRegister Register = new(
        [
            Contract("INS-A", FundingVariant.Inspanningsgericht, Ambulant, eenheid: Eenheden.Uur, tarief: 10000),
            Contract("INS-B", FundingVariant.Inspanningsgericht, Ambulant, aanbieder: B, eenheid: Eenheden.Uur, tarief: 10000),
        ],
        []);

    // Rijnenvecht (9901) merged into Utrecht (0344) on 1 July 2026.
    private static readonly ReferenceData Merger = new(
        [
            new GemeenteCode(Rijnenvecht, "Rijnenvecht", null, D(2026, 6, 30), Utrecht),
            new GemeenteCode(Utrecht, "Utrecht", null, null, null),
            new GemeenteCode(Amsterdam, "Amsterdam", null, null, null),
        ],
        []);

    private static InMemoryFigureSource MergerFacts()
    {
        var source = new InMemoryFigureSource();
        // c1 under Rijnenvecht from May until 15 July, and under Utrecht from 1 July: both in July.
        source.Toewijzingen.Add(Toewijzing(1, "c1", D(2026, 5, 1), D(2026, 7, 15), gemeente: Rijnenvecht));
        source.Toewijzingen.Add(Toewijzing(1, "c1", D(2026, 7, 1), null));
        source.Toewijzingen.Add(Toewijzing(2, "c2", D(2026, 6, 1), D(2026, 6, 30), gemeente: Rijnenvecht));
        source.Toewijzingen.Add(Toewijzing(2, "c3", D(2026, 6, 1), null, gemeente: Amsterdam));
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 7, 1), 2, 20000, gemeente: Rijnenvecht));
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 7, 16), 2, 20000));
        return source;
    }

    [Theory]
    [InlineData(Utrecht)]
    [InlineData(Rijnenvecht)] // a merged code asks for its successor
    public async Task BuildAsync_MergedGemeentecode_CountsUnderItsSuccessorAndAClientUnderBothCodesOnce(string asked)
    {
        var source = MergerFacts();
        var reports = FigureReportsFor.Create(source, D(2026, 9, 15), Register, Merger);

        var zorg = await reports.BuildAsync(FigureKind.Zorg, FigureReportsFor.Request(2026, 6, 7, gemeenten: [asked]));
        var declaraties = await reports.BuildAsync(FigureKind.Declaraties, FigureReportsFor.Request(2026, 7, 7, gemeenten: [asked]));

        // June: c1 and c2 (both recorded under 9901); July: c1 under 9901 and 0344, once. Amsterdam is not asked for.
        Assert.Equal(
            [("0344", "2026-06", 2L), ("0344", "2026-07", 1L)],
            zorg.Rows.Select(r => ((string)zorg.Value(r, "gemeente")!, zorg.Value(r, "maand")!.ToString(), (long)zorg.Value(r, "clienten")!)));
        // The store was asked for both codes the facts may be recorded under.
        Assert.All(source.Scopes, s => Assert.Equal([Utrecht, Rijnenvecht], s.Gemeentecodes.Order(StringComparer.Ordinal)));
        var july = Assert.Single(declaraties.Rows);
        Assert.Equal([Utrecht, 2L, 1L, 40000L], declaraties.Values(july, "gemeente", "prestaties", "clienten", "gedeclareerd_eurocent"));
        Assert.Contains(zorg.Notes, n => n.Contains("9901", StringComparison.Ordinal) && n.Contains("0344", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_NoReferenceData_EveryCodeStandsForItself()
    {
        var reports = FigureReportsFor.Create(MergerFacts(), D(2026, 9, 15), Register);

        var zorg = await reports.BuildAsync(FigureKind.Zorg, FigureReportsFor.Request(2026, 7, 7));

        Assert.Equal([Utrecht, Amsterdam, Rijnenvecht], zorg.Rows.Select(r => (string)zorg.Value(r, "gemeente")!));
        Assert.DoesNotContain(zorg.Notes, n => n.Contains("9901", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_FilteredByGemeenteAndAanbieder_OnlyTheirFacts()
    {
        var source = new InMemoryFigureSource();
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 1), 1, 10000));
        source.Prestaties.Add(Prestatie(2, "c2", D(2026, 1, 1), 1, 20000, aanbieder: B));
        source.Prestaties.Add(Prestatie(3, "c3", D(2026, 1, 1), 1, 40000, gemeente: Amsterdam));
        source.Prestaties.Add(Prestatie(4, "c4", D(2026, 1, 1), 1, 80000, gemeente: Amsterdam, aanbieder: B));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20), Register);

        async Task<long[]> Totals(string[] gemeenten, string[] aanbieders)
        {
            var table = await reports.BuildAsync(FigureKind.Declaraties, FigureReportsFor.Request(2026, 1, 1, gemeenten, aanbieders));
            return [.. table.Rows.Select(r => (long)table.Value(r, "gedeclareerd_eurocent")!)];
        }

        Assert.Equal(new long[] { 10000, 20000, 40000, 80000 }, await Totals([], []));
        Assert.Equal(new long[] { 40000, 80000 }, await Totals([Amsterdam], []));
        Assert.Equal(new long[] { 20000, 80000 }, await Totals([], [B]));
        Assert.Equal(new long[] { 40000 }, await Totals([Amsterdam], [A]));
        Assert.Equal(new long[] { 10000, 40000 }, await Totals([Utrecht, Amsterdam], [A]));
    }

    [Fact]
    public async Task BuildAsync_LastMonthBeforeTheFirst_Refused()
    {
        var reports = FigureReportsFor.Create(new InMemoryFigureSource(), D(2026, 5, 20));

        await Assert.ThrowsAsync<ArgumentException>(() => reports.BuildAsync(FigureKind.Zorg, FigureReportsFor.Request(2026, 3, 2)));
    }

    [Theory]
    [InlineData(FigureKind.Zorg)]
    [InlineData(FigureKind.Productie)]
    [InlineData(FigureKind.Declaraties)]
    [InlineData(FigureKind.Afwijzingen)]
    [InlineData(FigureKind.Doorlooptijden)]
    [InlineData(FigureKind.Plafonds)]
    public async Task BuildAsync_EveryKind_RowsAsWideAsItsColumns(FigureKind kind)
    {
        var reports = FigureReportsFor.Create(MergerFacts(), D(2026, 9, 15), Register, Merger);

        var table = await reports.BuildAsync(kind, FigureReportsFor.Request(2026, 1, 12));

        Assert.Equal(kind, table.Kind);
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Values.Count));
        Assert.Equal(table.Columns.Count, table.Columns.Select(c => c.Key).Distinct().Count());
    }
}
