using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class DoorlooptijdenReportTests
{
    private static readonly string[] Columns = ["traject", "termijn", "afgerond", "open", "dagen_gemiddeld", "dagen_mediaan", "binnen_termijn_procent"];

    private static readonly ContractRegister Register = new([Contract("INS", FundingVariant.Inspanningsgericht, Ambulant, eenheid: Eenheden.Uur, tarief: 10000)], []);

    [Fact]
    public async Task Doorlooptijden_MarchOnTheTwentiethOfApril_DaysAndDeadlinesAsWorkedOutByHand()
    {
        var source = new InMemoryFigureSource();
        // 315 → 301/319, deadline 5 working days (OP274):
        // received Mon 2 Mar, 301 on Thu 5 Mar: 3 days, deadline Mon 9 Mar: within.
        source.Verzoeken.Add(Verzoek("v1", At(2026, 3, 2, 9), toewijzingAt: At(2026, 3, 5), product: Ambulant));
        // received 23:30 UTC on 28 Feb = Sun 1 Mar 00:30 in the Netherlands: March. First answer the 319 "in onderzoek"
        // of Tue 10 Mar (the 301 of 20 Mar comes later): 9 days, deadline Fri 6 Mar: late.
        source.Verzoeken.Add(Verzoek("v2", new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero), toewijzingAt: At(2026, 3, 20), antwoorden: [("2", At(2026, 3, 10, 8))], product: Ambulant));
        // received Fri 20 Mar, unanswered; its deadline (Fri 27 Mar) has passed on 20 Apr: open and late.
        source.Verzoeken.Add(Verzoek("v3", At(2026, 3, 20, 12), product: Ambulant));
        // received Fri 27 Feb: not March.
        source.Verzoeken.Add(Verzoek("v5", At(2026, 2, 27), toewijzingAt: At(2026, 3, 2), product: Ambulant));
        // A 317 for the whole toewijzing (no product): received Mon 16 Mar, 319 "afgewezen" Wed 18 Mar: 2 days, within.
        source.Verzoeken.Add(Verzoek("v4", At(2026, 3, 16), antwoorden: [("1", At(2026, 3, 18))], bericht: MessageCode.VerzoekOmWijziging));

        // 301 → 305 by the toewijzing's Ingangsdatum, the 305 due within 5 working days after the Begindatum (OP271):
        // Ingang Mon 2 Mar, first start Mon 9 Mar (a restart on 20 Mar is not the first), 305 on Thu 12 Mar: 7 days, within (16 Mar).
        source.Toewijzingen.Add(Toewijzing(1, "t1", D(2026, 3, 2), null));
        source.Starts.Add(Start(1, "t1", D(2026, 3, 9), At(2026, 3, 12)));
        source.Starts.Add(Start(1, "t1", D(2026, 3, 20), At(2026, 3, 20)));
        // Ingang Mon 16 Mar, start Wed 1 Apr (after the range), 305 on Thu 9 Apr: 16 days; deadline Thu 9 Apr because
        // Easter Monday 6 Apr is no working day: within.
        source.Toewijzingen.Add(Toewijzing(2, "t2", D(2026, 3, 16), null));
        source.Starts.Add(Start(2, "t2", D(2026, 4, 1), At(2026, 4, 9, 16)));
        // Ingang Mon 23 Mar, not started: open (no deadline runs before care starts).
        source.Toewijzingen.Add(Toewijzing(3, "t3", D(2026, 3, 23), null));
        // Ingang and start Thu 5 Mar, 305 on Fri 13 Mar: 0 days, deadline Thu 12 Mar: late.
        source.Toewijzingen.Add(Toewijzing(4, "t4", D(2026, 3, 5), null));
        source.Starts.Add(Start(4, "t4", D(2026, 3, 5), At(2026, 3, 13)));
        // Ingang in February: not March's, though it started in March.
        source.Toewijzingen.Add(Toewijzing(5, "t5", D(2026, 2, 20), null));
        source.Starts.Add(Start(5, "t5", D(2026, 3, 1), At(2026, 3, 2)));

        // 323 → 325 by the 323's receipt, deadline 10 working days (OP090), one count per 323 whatever its prestaties:
        // received Thu 26 Mar (declaring February), answered Fri 10 Apr: 15 days; deadline Fri 10 Apr (Easter Monday not
        // counted): within. Two clients.
        source.Prestaties.Add(Prestatie(100, "d1", D(2026, 2, 1), 9, 90000, receivedAt: At(2026, 3, 26), answeredAt: At(2026, 4, 10, 9)));
        source.Prestaties.Add(Prestatie(100, "d2", D(2026, 2, 1), 9, 90000, receivedAt: At(2026, 3, 26), answeredAt: At(2026, 4, 10, 9)));
        // received and answered Mon 2 Mar: 0 days.
        source.Prestaties.Add(Prestatie(101, "d3", D(2026, 2, 1), 9, 90000, receivedAt: At(2026, 3, 2), answeredAt: At(2026, 3, 2).AddSeconds(5)));
        // received Tue 10 Mar, held: open, deadline Tue 24 Mar passed: late.
        source.Prestaties.Add(Prestatie(102, "d4", D(2026, 2, 1), 9, 90000, FigureState.Held, receivedAt: At(2026, 3, 10)));
        // received 23:30 UTC on 31 Mar = 1 Apr in the Netherlands: April's.
        source.Prestaties.Add(Prestatie(103, "d5", D(2026, 2, 1), 9, 90000, receivedAt: new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)));
        var reports = FigureReportsFor.Create(source, D(2026, 4, 20), Register);

        var table = await reports.BuildAsync(FigureKind.Doorlooptijden, FigureReportsFor.Request(2026, 3, 3));

        Assert.Equal(
            [
                // The 317 without product: no contract, variant onbekend, sorted first.
                ["317→301/319", "5 werkdagen", 1L, 0L, 2.0m, 2.0m, 100.0m],
                // 7, 16 and 0 days: mean 7.7, median 7; within 2 of 3.
                ["301→305", "5 werkdagen", 3L, 1L, 7.7m, 7.0m, 66.7m],
                // 3 and 9 days; within 1 of 3 (the open one is past its deadline).
                ["315→301/319", "5 werkdagen", 2L, 1L, 6.0m, 6.0m, 33.3m],
                // 15 and 0 days; within 2 of 3.
                ["323→325", "10 werkdagen", 2L, 1L, 7.5m, 7.5m, 66.7m],
            ],
            table.Rows.Select(r => table.Values(r, Columns)));
        Assert.Equal([null, null, "onbekend"], table.Values(table.Rows[0], "productcategorie", "productcode", "variant"));
        Assert.Equal([1L, 4L, 3L, 4L], table.Rows.Select(r => r.Clients));
    }
}
