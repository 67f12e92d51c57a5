using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Routing.Tests.Scenarios.JourneyBuilders;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// The steering figures of a small region, worked out by hand. Five clients of provider 41101234 go through January–
/// August 2026 in both domains, in the scenario region (Scenarios/region) where Rijnenvecht 9901 merges into Utrecht 0344
/// on 2026-07-01, over the real pipeline and a real SQLite file; every answer is asserted as the year-long journeys do.
/// Then every report kind is built and its figures are checked against the arithmetic written next to them.
/// <list type="bullet">
/// <item>A (iJw, inspanningsgericht 45A48 at 98.50/h, 3 h a week) in Rijnenvecht: 315 → 301, start, 323s with a credit/debit
/// correction, a temporary stop and restart, the merger (Rijnenvecht ends the toewijzing, Utrecht allocates anew, the old
/// code still gets the stop and the June 323 after 1 July), July declared to Utrecht.</item>
/// <item>B (iJw, outputgericht 43A12 at 210.00 a stuk, 4 stuks in all) in Utrecht: 315 → 319 in onderzoek → 301, a start
/// reported late, a definitive stop, a prestatie over the toewijzing's volume (TR322) declared again within it.</item>
/// <item>E (iJw, 45A48, 2 h a week) in Utrecht: allocated, started and stopped; a second client in A's cells.</item>
/// <item>C (iWmo, inspanningsgericht 02A07 dagbesteding at 50.00/h, 4 h a week) in Utrecht, under the ceiling
/// PL-WMO-DAGB-2026 (3,750.00, beleid hold): monthly 323s, a prestatie over the week volume (TR321), a 323 refused whole
/// (DeclaratieNummer used before, TR333), a 325 held by the ceiling and released late, and a credit/debit correction whose
/// 325 is still held when the reports are built.</item>
/// <item>D (iWmo, outputgericht 01A03 at 264.80 a stuk, 6 stuks in all) in Rijnenvecht: 301, start, a 317 → 319
/// afgewezen, and after the merger the definitive stop and the June 323 to the old code.</item>
/// <item>Taakgericht: no client messages; lump sums JW-TAAK-3 (12,000.05 for 2026) and WMO-TAAK-3 (6,000.11 for 2026,
/// valid from April), both Utrecht only.</item>
/// </list>
/// Calendar (2026): Easter 5 April, so Tweede Paasdag 6 April, Koningsdag Monday 27 April, Bevrijdingsdag 5 May,
/// Hemelvaart 14 May, Tweede Pinksterdag 25 May. ISO weeks touched per month (an hour-per-week allowance counts them):
/// Jan 12–31: 3 (weeks 3–5); Jan 5–31: 4; Feb: 5; Mar: 6; Mar 2–31: 5; Apr: 5; May: 5; Jun: 5; Jul: 5; Aug: 6.
/// </summary>
public sealed class FiguresRegionTests
{
    private const string ClientA = Traffic.Bsn;
    private const string ClientB = Traffic.OtherBsn;
    private const string ClientC = "999990032";
    private const string ClientD = "999990044";
    private const string ClientE = "999990056";
    private const string Ceiling = "PL-WMO-DAGB-2026";

    private static readonly Product Uren45A48 = new("45", "45A48");
    private static readonly Product Stuks43A12 = new("43", "43A12");
    private static readonly Product Uren02A07 = new("02", "02A07");
    private static readonly Product Stuks01A03 = new("01", "01A03");

    // Every figure counts under Utrecht: Rijnenvecht's history belongs to its successor (ReferenceData.CurrentCode).
    private static readonly FigureCell JwUren = new("iJw", Journey.Utrecht, Traffic.Aanbieder, "45", "45A48", "inspanningsgericht");
    private static readonly FigureCell JwStuks = new("iJw", Journey.Utrecht, Traffic.Aanbieder, "43", "43A12", "outputgericht");
    private static readonly FigureCell JwTaak = new("iJw", Journey.Utrecht, Traffic.Aanbieder, "45", "45U03", "taakgericht");
    private static readonly FigureCell WmoUren = new("iWmo", Journey.Utrecht, Traffic.Aanbieder, "02", "02A07", "inspanningsgericht");
    private static readonly FigureCell WmoStuks = new("iWmo", Journey.Utrecht, Traffic.Aanbieder, "01", "01A03", "outputgericht");
    private static readonly FigureCell WmoTaak = new("iWmo", Journey.Utrecht, Traffic.Aanbieder, "01", "01U03", "taakgericht");

    /// <summary>The 317's row: its product is not pinned down (a 317 changes toewijzingen, it names no product of its own).</summary>
    private static readonly FigureCell WmoVerzoek = new("iWmo", Journey.Utrecht, Traffic.Aanbieder, null, null, null);

    private static readonly string[] Dimensions = ["domein", "gemeente", "aanbieder", "productcategorie", "productcode", "variant", "maand"];

    [Fact]
    public async Task Region_HalfAYearOfBothDomainsAndEveryVariant_EveryFigureAsWorkedOutByHand()
    {
        await using var jw = await Journey.StartAsync(Standard.Ijw);
        var wmo = jw.Beside(Standard.Iwmo);
        await RunAsync(jw, wmo);

        // Ceiling usage as the store keeps it: Jan 80,000 + Feb 100,000 + Mar 120,000 + Apr 80,000 (released) = 380,000;
        // the held correction is not granted yet.
        var usage = await jw.Gateway.Services.GetRequiredService<IDeclaratieAntwoordStore>().ListCeilingUsageAsync();
        Assert.Equal(380_000, Assert.Single(usage, u => u.CeilingId == Ceiling).Used);

        var reports = jw.Gateway.Services.GetRequiredService<FigureReports>();
        var year = new FigureRequest(M(1), M(12), [], []);
        async Task<FigureReport> BuildAsync(FigureKind kind, FigureRequest request)
        {
            var table = await reports.BuildAsync(kind, request);
            Assert.Equal(kind, table.Kind);
            return new FigureReport(table);
        }

        var zorg = await BuildAsync(FigureKind.Zorg, year);
        var productie = await BuildAsync(FigureKind.Productie, year);
        var declaraties = await BuildAsync(FigureKind.Declaraties, year);
        var afwijzingen = await BuildAsync(FigureKind.Afwijzingen, year);
        var doorlooptijden = await BuildAsync(FigureKind.Doorlooptijden, year);
        var plafonds = await BuildAsync(FigureKind.Plafonds, year);

        Zorg(zorg);
        Productie(productie);
        Declaraties(declaraties);
        Afwijzingen(afwijzingen);
        Doorlooptijden(doorlooptijden);
        Plafonds(plafonds);
        foreach (var report in new[] { zorg, productie, declaraties, afwijzingen, doorlooptijden })
        {
            UnderUtrechtAndSorted(report);
        }

        // Asked for Utrecht only, Rijnenvecht's declarations are in: A's June, declared to 9901 after the merger.
        var utrecht = await BuildAsync(FigureKind.Declaraties, year with { Gemeenten = [Journey.Utrecht], Aanbieders = [Traffic.Aanbieder] });
        utrecht.At(JwUren, M(6)).Is(("gedeclareerd_eurocent", 118_200L));
        utrecht.At(WmoStuks, M(6)).Is(("gedeclareerd_eurocent", 79_440L));
        Assert.Equal(declaraties.Table.Rows.Count, utrecht.Table.Rows.Count);
    }

    /// <summary>The region's half year, in date order; both journeys share the gateway and its clock.</summary>
    private static async Task RunAsync(Journey jw, Journey wmo)
    {
        var tj = jw.T;
        var tw = wmo.T;
        void On(int month, int day)
        {
            jw.On(D(2026, month, day));
            wmo.On(D(2026, month, day));
        }

        // Tariffs (contracts.json): 45A48 9850, 43A12 21000 a stuk, 02A07 5000, 01A03 26480 a stuk (2026).
        const long uur45 = 9850, stuk43 = 21_000, uur02 = 5000, stuk01 = 26_480;

        // --- January -------------------------------------------------------------------------------------------
        // Mon 5 Jan: A asks Rijnenvecht for 3 h a week from 12 January; Utrecht allocates C 4 h a week from today.
        On(1, 5);
        jw.With(Journey.Rijnenvecht);
        await jw.AcceptedAsync("A 315", tj.Verzoek("VOT-A", Uren45A48, D(2026, 1, 12), D(2026, 12, 31), Omvang(3, Uur)));
        wmo.With(Journey.Utrecht);
        var t3001 = tw.Toewijzing(3001, Uren02A07, D(2026, 1, 5), D(2026, 12, 31), omvang: Omvang(4, Uur), datum: D(2026, 1, 5));
        await wmo.AllocatesAsync("C 301 3001", tw.Bericht301(ClientC, t3001));

        On(1, 7);
        await wmo.AcceptedAsync("C 305 3001", tw.Bericht305(tw.Start(3001, D(2026, 1, 5), product: Uren02A07, ingang: D(2026, 1, 5))).Of(ClientC));

        On(1, 8);
        var t1001 = tj.Toewijzing(1001, Uren45A48, D(2026, 1, 12), D(2026, 12, 31), "VOT-A", omvang: Omvang(3, Uur), datum: D(2026, 1, 8));
        await jw.AllocatesAsync("A 301 1001 honouring VOT-A", tj.Bericht301(ClientA, t1001));

        On(1, 14);
        await jw.AcceptedAsync("A 305 1001", tj.Bericht305(tj.Start(1001, D(2026, 1, 12), product: Uren45A48, ingang: D(2026, 1, 12))));

        // Mon 19 Jan: B asks Utrecht for 4 stuks in all from 2 February; Utrecht answers "in onderzoek" on Wednesday and
        // allocates a week later.
        On(1, 19);
        jw.With(Journey.Utrecht);
        await jw.AcceptedAsync("B 315", tj.Verzoek("VOT-B", Stuks43A12, D(2026, 2, 2), D(2026, 5, 31), OmvangTotaal(4, StuksOutput), bsn: ClientB));
        On(1, 21);
        await jw.AnswersAsync("B 319 in onderzoek", tj.Bericht319("VOT-B", "2"));
        On(1, 28);
        var t2001 = tj.Toewijzing(2001, Stuks43A12, D(2026, 2, 2), D(2026, 5, 31), "VOT-B", omvang: OmvangTotaal(4, StuksOutput), datum: D(2026, 1, 28));
        await jw.AllocatesAsync("B 301 2001 honouring VOT-B", tj.Bericht301(ClientB, t2001));

        // --- February ------------------------------------------------------------------------------------------
        On(2, 2);
        wmo.With(Journey.Rijnenvecht);
        var t4001 = tw.Toewijzing(4001, Stuks01A03, D(2026, 2, 2), D(2026, 6, 30), omvang: OmvangTotaal(6, StuksOutput), datum: D(2026, 2, 2));
        await wmo.AllocatesAsync("D 301 4001", tw.Bericht301(ClientD, t4001));

        // 323 January. A: 12–31 Jan → 3 weeks × 3 h = 9 h allowed, 9 h declared. C: 5–31 Jan → 4 weeks × 4 h = 16 h.
        On(2, 3);
        jw.With(Journey.Rijnenvecht);
        var aJan1 = tj.Prestatie("A-JAN1", 1001, 9, Uur, uur45, product: Uren45A48, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        await jw.GrantedAsync("A 323 January", tj.Declaratie("JA2601", Maand(2026, 1), aJan1), 9 * uur45);
        wmo.With(Journey.Utrecht);
        var cJan = tw.Prestatie("C-JAN1", 3001, 16, Uur, uur02, product: Uren02A07, periode: Periode(D(2026, 1, 5), D(2026, 1, 31)));
        await wmo.GrantedAsync("C 323 January", tw.Declaratie("WC2601", Maand(2026, 1), cJan).Of(ClientC), 16 * uur02);

        On(2, 4);
        wmo.With(Journey.Rijnenvecht);
        await wmo.AcceptedAsync("D 305 4001", tw.Bericht305(tw.Start(4001, D(2026, 2, 2), product: Stuks01A03, ingang: D(2026, 2, 2))).Of(ClientD));

        // B's provider reports the start of 9 February only on Thursday 19 February (8 working days later).
        On(2, 19);
        jw.With(Journey.Utrecht);
        await jw.AcceptedAsync("B 305 2001 (late)", tj.Bericht305(tj.Start(2001, D(2026, 2, 9), product: Stuks43A12, ingang: D(2026, 2, 2))).Of(ClientB));

        On(2, 26);
        var t5101 = tj.Toewijzing(5101, Uren45A48, D(2026, 3, 2), D(2026, 6, 30), omvang: Omvang(2, Uur), datum: D(2026, 2, 26));
        await jw.AllocatesAsync("E 301 5101", tj.Bericht301(ClientE, t5101));

        // --- March ---------------------------------------------------------------------------------------------
        // 323 February. A corrects January (credit of the 9 h, debit of 8 h) and declares February 12 h of 5 weeks × 3 h
        // = 15 allowed: granted −9 + 8 + 12 = 11 h. B: 2 stuks of 4. C: 20 h of 5 weeks × 4 h = 20. D: 3 stuks of 6.
        On(3, 3);
        jw.With(Journey.Rijnenvecht);
        var aJan2 = tj.Prestatie("A-JAN2", 1001, 8, Uur, uur45, product: Uren45A48, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        var aFeb = tj.Prestatie("A-FEB1", 1001, 12, Uur, uur45, product: Uren45A48, periode: Maand(2026, 2));
        await jw.GrantedAsync("A 323 February with a correction", tj.Declaratie("JA2602", Maand(2026, 2), aJan1.Credit("A-JAN1C"), aJan2, aFeb), 11 * uur45);
        jw.With(Journey.Utrecht);
        var bFeb = tj.Prestatie("B-FEB1", 2001, 2, StuksOutput, stuk43, product: Stuks43A12, periode: Periode(D(2026, 2, 2), D(2026, 2, 28)));
        await jw.GrantedAsync("B 323 February", tj.Declaratie("JB2602", Maand(2026, 2), bFeb).Of(ClientB), 2 * stuk43);
        wmo.With(Journey.Utrecht);
        var cFeb = tw.Prestatie("C-FEB1", 3001, 20, Uur, uur02, product: Uren02A07, periode: Maand(2026, 2));
        await wmo.GrantedAsync("C 323 February", tw.Declaratie("WC2602", Maand(2026, 2), cFeb).Of(ClientC), 20 * uur02);
        wmo.With(Journey.Rijnenvecht);
        var dFeb = tw.Prestatie("D-FEB1", 4001, 3, StuksOutput, stuk01, product: Stuks01A03, periode: Periode(D(2026, 2, 2), D(2026, 2, 28)));
        await wmo.GrantedAsync("D 323 February", tw.Declaratie("WD2602", Maand(2026, 2), dFeb).Of(ClientD), 3 * stuk01);

        On(3, 5);
        jw.With(Journey.Utrecht);
        await jw.AcceptedAsync("E 305 5101", tj.Bericht305(tj.Start(5101, D(2026, 3, 4), product: Uren45A48, ingang: D(2026, 3, 2))).Of(ClientE));

        // D asks Rijnenvecht to raise the 6 stuks to 8 (Monday 9 March); Rijnenvecht refuses on Thursday.
        On(3, 9);
        await wmo.AcceptedAsync("D 317", tw.Wijziging("VOW-D", 4001, D(2026, 2, 2), D(2026, 6, 30), OmvangTotaal(8, StuksOutput), bsn: ClientD));
        On(3, 12);
        await wmo.AnswersAsync("D 319 afgewezen", tw.Bericht319("VOW-D", "1", "4"));

        // A pauses from Friday 13 March (reported Monday 16) and resumes on Monday 30 March.
        jw.With(Journey.Rijnenvecht);
        await jw.PausesAndRestartsAsync(1001, Uren45A48, D(2026, 1, 12), D(2026, 1, 12), D(2026, 3, 13), D(2026, 3, 16), D(2026, 3, 30));

        // --- April ---------------------------------------------------------------------------------------------
        // 323 March. A: 6 h of 6 weeks × 3 h = 18. C: 28 h of 6 weeks × 4 h = 24 → TR321 9321, nothing granted.
        On(4, 2);
        var aMrt = tj.Prestatie("A-MRT1", 1001, 6, Uur, uur45, product: Uren45A48, periode: Maand(2026, 3));
        await jw.GrantedAsync("A 323 March", tj.Declaratie("JA2603", Maand(2026, 3), aMrt), 6 * uur45);
        wmo.With(Journey.Utrecht);
        var cMrt1 = tw.Prestatie("C-MRT1", 3001, 28, Uur, uur02, product: Uren02A07, periode: Maand(2026, 3));
        await wmo.PartlyGrantedAsync("C 323 March over the week volume", tw.Declaratie("WC2603", Maand(2026, 3), cMrt1).Of(ClientC), 0, ("C-MRT1", "9321"));

        On(4, 20);
        jw.With(Journey.Utrecht);
        await jw.AcceptedAsync("B 307 2001 definitive", tj.Bericht307(tj.Stop(2001, D(2026, 2, 9), VolgensPlan(Standard.Ijw), D(2026, 4, 17), product: Stuks43A12, ingang: D(2026, 2, 2))).Of(ClientB));

        // --- May -----------------------------------------------------------------------------------------------
        // Monday 4 May. B declares 3 stuks for April: 2 granted + 3 = 5 > 4 in all → TR322 9322; then 2 stuks, granted.
        On(5, 4);
        var bApr1 = tj.Prestatie("B-APR1", 2001, 3, StuksOutput, stuk43, product: Stuks43A12, periode: Maand(2026, 4));
        await jw.PartlyGrantedAsync("B 323 April over the toewijzing's volume", tj.Declaratie("JB2604", Maand(2026, 4), bApr1).Of(ClientB), 0, ("B-APR1", "9322"));
        var bApr2 = tj.Prestatie("B-APR2", 2001, 2, StuksOutput, stuk43, product: Stuks43A12, periode: Maand(2026, 4));
        await jw.GrantedAsync("B 323 April again", tj.Declaratie("JB2604B", Maand(2026, 4), bApr2).Of(ClientB), 2 * stuk43);

        // C declares March again within the volume: 24 h = 120,000 → ceiling 180,000 + 120,000 = 300,000 of 375,000
        // (80 %), granted. April (5 weeks × 4 h = 20 allowed), 16 h = 80,000, first under the DeclaratieNummer of
        // January (TR333 9333, refused whole), then under its own: 300,000 + 80,000 = 380,000 > 375,000 → held until
        // 4 May + 10 working days (5 and 14 May are holidays) = Wednesday 20 May.
        wmo.With(Journey.Utrecht);
        var cMrt2 = tw.Prestatie("C-MRT2", 3001, 24, Uur, uur02, product: Uren02A07, periode: Maand(2026, 3));
        await wmo.GrantedAsync("C 323 March again", tw.Declaratie("WC2603B", Maand(2026, 3), cMrt2).Of(ClientC), 24 * uur02);
        var cApr1 = tw.Prestatie("C-APR1", 3001, 16, Uur, uur02, product: Uren02A07, periode: Maand(2026, 4));
        await wmo.RefusedWholeAsync("C 323 April under a used DeclaratieNummer", tw.Declaratie("WC2601", Maand(2026, 4), cApr1).Of(ClientC), "9333");
        var cApr2 = tw.Prestatie("C-APR2", 3001, 16, Uur, uur02, product: Uren02A07, periode: Maand(2026, 4));
        var held = await wmo.HeldAsync("C 323 April over the ceiling", tw.Declaratie("WC2604", Maand(2026, 4), cApr2).Of(ClientC), 16 * uur02, D(2026, 5, 20));

        // Friday 22 May, 12 working days after receipt: the back office releases the 325.
        On(5, 22);
        await wmo.ReleasesAsync("C 325 April released", held);

        // --- June ----------------------------------------------------------------------------------------------
        // C corrects April (DeclaratiePeriode April again, the overlap TR318 allows for corrections): credit of the 16 h,
        // debit of 20 h → net +20,000; the ceiling is over 100 % → held again until 2 June + 10 working days = Tuesday
        // 16 June, and still held when the reports are built.
        On(6, 2);
        var cApr3 = tw.Prestatie("C-APR3", 3001, 20, Uur, uur02, product: Uren02A07, periode: Maand(2026, 4));
        await wmo.HeldAsync("C 323 correcting April", tw.Declaratie("WC2605", Maand(2026, 4), cApr2.Credit("C-APR2C"), cApr3).Of(ClientC), 4 * uur02, D(2026, 6, 16));

        // The merger: Rijnenvecht ends 1001 on 30 June (RedenWijziging 11); Utrecht allocates 5001 from 1 July.
        On(6, 15);
        jw.With(Journey.Rijnenvecht);
        var t1001Eind = tj.Toewijzing(1001, Uren45A48, D(2026, 1, 12), D(2026, 6, 30), "VOT-A", Herindeling, omvang: Omvang(3, Uur), datum: D(2026, 6, 15));
        await jw.AllocatesAsync("A 301 1001 ended for the merger", tj.Bericht301(ClientA, t1001Eind));
        On(6, 16);
        jw.With(Journey.Utrecht);
        var t5001 = tj.Toewijzing(5001, Uren45A48, D(2026, 7, 1), D(2026, 12, 31), omvang: Omvang(3, Uur), datum: D(2026, 6, 16));
        await jw.AllocatesAsync("A 301 5001 in Utrecht", tj.Bericht301(ClientA, t5001));

        On(6, 22);
        await jw.AcceptedAsync("E 307 5101 definitive", tj.Bericht307(tj.Stop(5101, D(2026, 3, 4), VolgensPlan(Standard.Ijw), D(2026, 6, 20), product: Uren45A48, ingang: D(2026, 3, 2))).Of(ClientE));

        // --- July: Rijnenvecht no longer exists; what began there still goes to 9901 ----------------------------
        On(7, 1);
        jw.With(Journey.Rijnenvecht);
        await jw.AcceptedAsync("A 307 1001 to the old code", tj.Bericht307(tj.Stop(1001, D(2026, 3, 30), DoorGemeente, D(2026, 6, 30), product: Uren45A48, ingang: D(2026, 1, 12))));
        wmo.With(Journey.Rijnenvecht);
        await wmo.AcceptedAsync("D 307 4001 to the old code", tw.Bericht307(tw.Stop(4001, D(2026, 2, 2), VolgensPlan(Standard.Iwmo), D(2026, 6, 30), product: Stuks01A03, ingang: D(2026, 2, 2))).Of(ClientD));

        // 323 June to the old code. A: 12 h of 5 weeks × 3 h = 15. D: 3 stuks, 3 + 3 = 6 of 6.
        On(7, 2);
        var aJun = tj.Prestatie("A-JUN1", 1001, 12, Uur, uur45, product: Uren45A48, periode: Maand(2026, 6));
        await jw.GrantedAsync("A 323 June to the old code", tj.Declaratie("JA2606", Maand(2026, 6), aJun), 12 * uur45);
        var dJun = tw.Prestatie("D-JUN1", 4001, 3, StuksOutput, stuk01, product: Stuks01A03, periode: Maand(2026, 6));
        await wmo.GrantedAsync("D 323 June to the old code", tw.Declaratie("WD2606", Maand(2026, 6), dJun).Of(ClientD), 3 * stuk01);
        jw.With(Journey.Utrecht);
        await jw.AcceptedAsync("A 305 5001", tj.Bericht305(tj.Start(5001, D(2026, 7, 1), product: Uren45A48, ingang: D(2026, 7, 1))));

        // --- August: July declared to Utrecht, 12 h of 5 weeks × 3 h = 15 ------------------------------------------
        On(8, 4);
        var aJul = tj.Prestatie("A-JUL1", 5001, 12, Uur, uur45, product: Uren45A48, periode: Maand(2026, 7));
        await jw.GrantedAsync("A 323 July to Utrecht", tj.Declaratie("JA2607", Maand(2026, 7), aJul), 12 * uur45);
    }

    /// <summary>zorg: caseload, new and ended toewijzingen, starts and stops, finished trajectories.</summary>
    private static void Zorg(FigureReport zorg)
    {
        // iJw 45A48: A's 1001 (Rijnenvecht, 12 Jan – 30 Jun after the merger), A's 5001 (1 Jul – 31 Dec), E's 5101 (2 Mar – 30 Jun).
        zorg.At(JwUren, M(1)).Is(
            ("clienten", 1L),                    // A
            ("toewijzingen_nieuw", 1L),          // 1001, Ingangsdatum 12 Jan
            ("toewijzingen_beeindigd", 0L),
            ("starts", 1L),                      // A on 12 Jan
            ("stops", 0L),
            ("stops_tijdelijk", 0L),
            ("trajecten_afgerond", 0L)).Clients(1);
        zorg.At(JwUren, M(3)).Is(
            ("clienten", 2L),                    // A (Rijnenvecht) and E (Utrecht), both under 0344
            ("toewijzingen_nieuw", 1L),          // 5101, 2 Mar
            ("starts", 2L),                      // E on 4 Mar, A's restart on 30 Mar
            ("stops", 0L),                       // A's stop of 13 Mar is temporary
            ("stops_tijdelijk", 1L)).Clients(2);
        zorg.At(JwUren, M(6)).Is(
            ("clienten", 2L),
            ("toewijzingen_nieuw", 0L),
            ("toewijzingen_beeindigd", 2L),      // 1001 (ended 30 Jun for the merger) and 5101 (30 Jun)
            ("starts", 0L),
            ("stops", 2L),                       // E on Sat 20 Jun, A on 30 Jun (sent to 9901 on 1 Jul)
            ("stops_tijdelijk", 0L),
            ("trajecten_afgerond", 2L),
            // A: 12 Jan – 30 Jun inclusive = 20 + 28 + 31 + 30 + 31 + 30 = 170 days (the pause 14–29 Mar not subtracted);
            // E: 4 Mar – 20 Jun = 28 + 30 + 31 + 20 = 109 days. Mean (170 + 109) / 2 = 139.5; median of two = the mean.
            ("trajectduur_gemiddeld", 139.5m),
            ("trajectduur_mediaan", 139.5m)).Clients(2);
        zorg.At(JwUren, M(7)).Is(
            ("clienten", 1L),                    // A on 5001 only
            ("toewijzingen_nieuw", 1L),          // 5001
            ("starts", 1L)).Clients(1);          // 1 Jul
        zorg.At(JwUren, M(12)).Is(("clienten", 1L), ("toewijzingen_beeindigd", 1L)); // 5001 ends 31 Dec

        // iJw 43A12: B's 2001, 2 Feb – 31 May, started 9 Feb, stopped for good on 17 Apr.
        zorg.At(JwStuks, M(2)).Is(("clienten", 1L), ("toewijzingen_nieuw", 1L), ("starts", 1L), ("stops", 0L));
        zorg.At(JwStuks, M(4)).Is(
            ("clienten", 1L),
            ("stops", 1L),
            ("trajecten_afgerond", 1L),
            ("trajectduur_gemiddeld", 68m),      // 9 Feb – 17 Apr inclusive = 20 + 31 + 17 = 68 days
            ("trajectduur_mediaan", 68m));
        zorg.At(JwStuks, M(5)).Is(("clienten", 1L), ("toewijzingen_beeindigd", 1L), ("stops", 0L)); // the toewijzing runs to 31 May
        zorg.None(JwStuks, M(6));

        // iWmo 02A07: C's 3001, 5 Jan – 31 Dec.
        zorg.At(WmoUren, M(1)).Is(("clienten", 1L), ("toewijzingen_nieuw", 1L), ("starts", 1L)).Clients(1);
        zorg.At(WmoUren, M(8)).Is(("clienten", 1L), ("toewijzingen_nieuw", 0L), ("starts", 0L));
        zorg.At(WmoUren, M(12)).Is(("clienten", 1L), ("toewijzingen_beeindigd", 1L));

        // iWmo 01A03: D's 4001 (Rijnenvecht), 2 Feb – 30 Jun, started 2 Feb, stopped 30 Jun (sent to 9901 on 1 Jul).
        zorg.At(WmoStuks, M(2)).Is(("clienten", 1L), ("toewijzingen_nieuw", 1L), ("starts", 1L));
        zorg.At(WmoStuks, M(6)).Is(
            ("clienten", 1L),
            ("toewijzingen_beeindigd", 1L),
            ("stops", 1L),
            ("trajecten_afgerond", 1L),
            ("trajectduur_gemiddeld", 149m),     // 2 Feb – 30 Jun = 27 + 31 + 30 + 31 + 30 = 149 days
            ("trajectduur_mediaan", 149m));
        zorg.None(WmoStuks, M(7));

        foreach (var row in zorg.Table.Rows)
        {
            Assert.True(Equals(zorg.Value(row, "clienten"), row.Clients), $"zorg {zorg.Describe(row)}: Row.Clients {row.Clients} is not clienten");
        }

        zorg.EveryColumnChecked([.. Dimensions, "clienten", "toewijzingen_nieuw", "toewijzingen_beeindigd", "starts", "stops", "stops_tijdelijk", "trajecten_afgerond", "trajectduur_gemiddeld", "trajectduur_mediaan"]);
    }

    /// <summary>productie: allocated vs declared vs granted, each variant in its own terms.</summary>
    private static void Productie(FigureReport productie)
    {
        // Inspanningsgericht: the allowance of the month's part of each toewijzing × 9850. Declared and granted: volume
        // and signed amount of the prestaties whose ProductPeriode begins in the month (a credit counts negative).
        productie.At(JwUren, M(1)).Is(
            ("eenheid", Uur),
            ("toegewezen_eenheden", 9L),         // A: 12–31 Jan, 3 weeks × 3 h
            ("toegewezen_eurocent", 88_650L),    // 9 × 9850
            ("gedeclareerd_eenheden", 8L),       // A-JAN1 9 − credit A-JAN1C 9 + A-JAN2 8
            ("gedeclareerd_eurocent", 78_800L),  // 88,650 − 88,650 + 78,800
            ("toegekend_eenheden", 8L),          // all three granted
            ("toegekend_eurocent", 78_800L),
            ("benut_procent", 88.9m)).Clients(1); // 78,800 / 88,650 = 88.888… %
        productie.At(JwUren, M(2)).Is(
            ("toegewezen_eenheden", 15L),        // 5 weeks × 3 h
            ("toegewezen_eurocent", 147_750L),
            ("gedeclareerd_eenheden", 12L),
            ("toegekend_eurocent", 118_200L),
            ("benut_procent", 80.0m));           // 118,200 / 147,750
        productie.At(JwUren, M(3)).Is(
            ("toegewezen_eenheden", 28L),        // A 6 weeks × 3 h = 18 + E (2–31 Mar) 5 weeks × 2 h = 10
            ("toegewezen_eurocent", 275_800L),   // 28 × 9850
            ("gedeclareerd_eurocent", 59_100L),  // A-MRT1 6 h
            ("toegekend_eurocent", 59_100L),
            ("benut_procent", 21.4m));           // 59,100 / 275,800 = 21.43 %
        productie.At(JwUren, M(6)).Is(
            ("toegewezen_eenheden", 25L),        // A 5 × 3 + E 5 × 2 (5101 runs to 30 Jun though care stopped on the 20th)
            ("toegewezen_eurocent", 246_250L),
            ("gedeclareerd_eenheden", 12L),      // A-JUN1, declared to 9901 after the merger
            ("toegekend_eurocent", 118_200L),
            ("benut_procent", 48.0m));           // 118,200 / 246,250
        productie.At(JwUren, M(7)).Is(("toegewezen_eenheden", 15L), ("toegekend_eurocent", 118_200L), ("benut_procent", 80.0m)); // 5001

        // Outputgericht: the toewijzing is allocated in its Ingangsdatum month, 4 stuks × 21,000.
        productie.At(JwStuks, M(2)).Is(
            ("eenheid", StuksOutput),
            ("trajecten", 1L),                   // 2001
            ("toegewezen_eenheden", 4L),
            ("toegewezen_eurocent", 84_000L),
            ("gedeclareerd_eenheden", 2L),
            ("gedeclareerd_eurocent", 42_000L),
            ("toegekend_eenheden", 2L),
            ("toegekend_eurocent", 42_000L),
            ("benut_procent", 50.0m)).Clients(1);
        productie.At(JwStuks, M(4)).Is(
            ("gedeclareerd_eenheden", 5L),       // B-APR1 3 (rejected, TR322) + B-APR2 2
            ("gedeclareerd_eurocent", 105_000L),
            ("toegekend_eenheden", 2L),
            ("toegekend_eurocent", 42_000L));

        // Taakgericht: 1,200,005 / 12 = 100,000 a month, the remainder 5 in December; nothing else, no clients.
        productie.At(JwTaak, M(1)).Is(
            ("eenheid", null),
            ("toegewezen_eurocent", 100_000L),
            ("toegewezen_eenheden", null),
            ("gedeclareerd_eurocent", null),
            ("toegekend_eurocent", null),
            ("trajecten", null),
            ("benut_procent", null)).Clients(null);
        productie.At(JwTaak, M(12)).Is(("toegewezen_eurocent", 100_005L));

        // iWmo 02A07 at 5000: C 4 h a week.
        productie.At(WmoUren, M(1)).Is(
            ("toegewezen_eenheden", 16L),        // 5–31 Jan, 4 weeks × 4 h
            ("toegewezen_eurocent", 80_000L),
            ("gedeclareerd_eurocent", 80_000L),
            ("toegekend_eurocent", 80_000L),
            ("benut_procent", 100.0m));
        productie.At(WmoUren, M(3)).Is(
            ("toegewezen_eenheden", 24L),        // 6 weeks × 4 h
            ("gedeclareerd_eenheden", 52L),      // C-MRT1 28 (rejected, TR321) + C-MRT2 24
            ("gedeclareerd_eurocent", 260_000L),
            ("toegekend_eenheden", 24L),
            ("toegekend_eurocent", 120_000L),
            ("benut_procent", 100.0m));          // 120,000 / 120,000
        productie.At(WmoUren, M(4)).Is(
            ("toegewezen_eenheden", 20L),        // 5 weeks × 4 h
            ("toegewezen_eurocent", 100_000L),
            ("gedeclareerd_eenheden", 36L),      // C-APR1 16 (refused whole) + C-APR2 16 (released) − C-APR2C 16 + C-APR3 20 (both held)
            ("gedeclareerd_eurocent", 180_000L), // 80,000 + 80,000 − 80,000 + 100,000
            ("toegekend_eenheden", 16L),         // C-APR2 only
            ("toegekend_eurocent", 80_000L),
            ("benut_procent", 80.0m));           // 80,000 / 100,000

        // iWmo 01A03: 6 stuks × 26,480 = 158,880 allocated in February.
        productie.At(WmoStuks, M(2)).Is(
            ("trajecten", 1L),
            ("toegewezen_eenheden", 6L),
            ("toegewezen_eurocent", 158_880L),
            ("toegekend_eenheden", 3L),
            ("toegekend_eurocent", 79_440L),
            ("benut_procent", 50.0m));           // 79,440 / 158,880
        productie.At(WmoStuks, M(6)).Is(("gedeclareerd_eenheden", 3L), ("toegekend_eurocent", 79_440L)); // D-JUN1, to 9901 after the merger

        // iWmo lump sum from April: 600,011 / 12 = 50,000 a month, the remainder 11 in December; none before April.
        productie.None(WmoTaak, M(3));
        productie.At(WmoTaak, M(4)).Is(("toegewezen_eurocent", 50_000L)).Clients(null);
        productie.At(WmoTaak, M(12)).Is(("toegewezen_eurocent", 50_011L));

        productie.EveryColumnChecked([.. Dimensions, "eenheid", "toegewezen_eenheden", "toegewezen_eurocent", "gedeclareerd_eenheden", "gedeclareerd_eurocent", "toegekend_eenheden", "toegekend_eurocent", "trajecten", "benut_procent"]);
    }

    /// <summary>declaraties: by ProductPeriode month; gedeclareerd = toegekend + afgewezen + aangehouden.</summary>
    private static void Declaraties(FigureReport declaraties)
    {
        declaraties.At(JwUren, M(1)).Is(
            ("prestaties", 3L),                  // A-JAN1, its credit A-JAN1C (sent in March), A-JAN2
            ("clienten", 1L),
            ("debet_eurocent", 167_450L),        // 88,650 + 78,800
            ("credit_eurocent", 88_650L),
            ("gedeclareerd_eurocent", 78_800L),  // 167,450 − 88,650
            ("toegekend_eurocent", 78_800L),     // 88,650 − 88,650 + 78,800
            ("afgewezen_eurocent", 0L),
            ("aangehouden_eurocent", 0L));
        declaraties.At(JwUren, M(2)).Is(("prestaties", 1L), ("debet_eurocent", 118_200L), ("credit_eurocent", 0L), ("toegekend_eurocent", 118_200L));
        declaraties.At(JwUren, M(6)).Is(("prestaties", 1L), ("gedeclareerd_eurocent", 118_200L), ("toegekend_eurocent", 118_200L)); // to 9901 on 2 Jul
        declaraties.At(JwUren, M(7)).Is(("prestaties", 1L), ("toegekend_eurocent", 118_200L));
        declaraties.None(JwUren, M(4));

        declaraties.At(JwStuks, M(4)).Is(
            ("prestaties", 2L),                  // B-APR1 (rejected), B-APR2
            ("clienten", 1L),
            ("debet_eurocent", 105_000L),        // 63,000 + 42,000
            ("credit_eurocent", 0L),
            ("gedeclareerd_eurocent", 105_000L),
            ("toegekend_eurocent", 42_000L),
            ("afgewezen_eurocent", 63_000L),
            ("aangehouden_eurocent", 0L));

        declaraties.At(WmoUren, M(3)).Is(
            ("prestaties", 2L),                  // C-MRT1 28 h (TR321), C-MRT2 24 h
            ("debet_eurocent", 260_000L),
            ("gedeclareerd_eurocent", 260_000L),
            ("toegekend_eurocent", 120_000L),
            ("afgewezen_eurocent", 140_000L),
            ("aangehouden_eurocent", 0L));
        declaraties.At(WmoUren, M(4)).Is(
            ("prestaties", 4L),                  // C-APR1 (refused whole), C-APR2 (held, released), C-APR2C and C-APR3 (held)
            ("clienten", 1L),
            ("debet_eurocent", 260_000L),        // 80,000 + 80,000 + 100,000
            ("credit_eurocent", 80_000L),        // C-APR2C
            ("gedeclareerd_eurocent", 180_000L),
            ("toegekend_eurocent", 80_000L),     // C-APR2
            ("afgewezen_eurocent", 80_000L),     // C-APR1
            ("aangehouden_eurocent", 20_000L));  // −80,000 + 100,000
        declaraties.At(WmoStuks, M(6)).Is(("prestaties", 1L), ("clienten", 1L), ("toegekend_eurocent", 79_440L)); // D-JUN1, to 9901 after the merger

        foreach (var row in declaraties.Table.Rows)
        {
            long Amount(string key) => Assert.IsType<long>(declaraties.Value(row, key));
            var (gedeclareerd, toegekend, afgewezen, aangehouden) = (Amount("gedeclareerd_eurocent"), Amount("toegekend_eurocent"), Amount("afgewezen_eurocent"), Amount("aangehouden_eurocent"));
            Assert.True(gedeclareerd == toegekend + afgewezen + aangehouden, $"declaraties {declaraties.Describe(row)}: {gedeclareerd} ≠ {toegekend} + {afgewezen} + {aangehouden}");
        }

        declaraties.EveryColumnChecked([.. Dimensions, "prestaties", "clienten", "debet_eurocent", "credit_eurocent", "gedeclareerd_eurocent", "toegekend_eurocent", "afgewezen_eurocent", "aangehouden_eurocent"]);
    }

    /// <summary>afwijzingen: one row per retourcode and rule; exactly the three rejected prestaties of the half year.</summary>
    private static void Afwijzingen(FigureReport afwijzingen)
    {
        afwijzingen.At(JwStuks, M(4), ("retourcode", "9322"), ("regel", "TR322")).Is(
            ("prestaties", 1L), ("clienten", 1L), ("afgewezen_eurocent", 63_000L)); // B-APR1: 3 × 21,000
        afwijzingen.At(WmoUren, M(3), ("retourcode", "9321"), ("regel", "TR321")).Is(
            ("prestaties", 1L), ("clienten", 1L), ("afgewezen_eurocent", 140_000L)); // C-MRT1: 28 × 5000
        afwijzingen.At(WmoUren, M(4), ("retourcode", "9333"), ("regel", "TR333")).Is(
            ("prestaties", 1L), ("clienten", 1L), ("afgewezen_eurocent", 80_000L)); // C-APR1, refused with its declaration
        Assert.Equal(3, afwijzingen.Table.Rows.Count);

        afwijzingen.EveryColumnChecked([.. Dimensions, "retourcode", "regel", "prestaties", "clienten", "afgewezen_eurocent"]);
    }

    /// <summary>doorlooptijden: in the month the lead time starts; calendar days, terms in working days.</summary>
    private static void Doorlooptijden(FigureReport doorlooptijden)
    {
        // 315 → 301/319, term 5 working days.
        doorlooptijden.At(JwUren, M(1), ("traject", "315→301/319")).Is(
            ("termijn", "5 werkdagen"),
            ("afgerond", 1L),
            ("open", 0L),
            ("dagen_gemiddeld", 3m),             // A's 315 Mon 5 Jan, the 301 Thu 8 Jan: 3 days, 3 working days
            ("dagen_mediaan", 3m),
            ("binnen_termijn_procent", 100.0m)).Clients(1);
        doorlooptijden.At(JwStuks, M(1), ("traject", "315→301/319")).Is(
            ("afgerond", 1L), ("dagen_gemiddeld", 2m), ("binnen_termijn_procent", 100.0m)); // B: Mon 19 → 319 in onderzoek Wed 21 Jan

        // 317 → 301/319: D's 317 Mon 9 Mar, the 319 afgewezen Thu 12 Mar (3 working days).
        doorlooptijden.At(WmoVerzoek, M(3), ("traject", "317→301/319")).Is(
            ("termijn", "5 werkdagen"), ("afgerond", 1L), ("open", 0L), ("dagen_gemiddeld", 3m), ("dagen_mediaan", 3m), ("binnen_termijn_procent", 100.0m));

        // 301 → 305: Ingangsdatum → Begindatum of the first start; within term when the 305 came ≤ 5 working days after it.
        doorlooptijden.At(JwUren, M(1), ("traject", "301→305")).Is(
            ("termijn", "5 werkdagen"), ("afgerond", 1L), ("open", 0L), ("dagen_gemiddeld", 0m), ("binnen_termijn_procent", 100.0m)); // 1001: 12 → 12 Jan, 305 on 14 Jan
        doorlooptijden.At(JwUren, M(3), ("traject", "301→305")).Is(
            ("afgerond", 1L), ("dagen_gemiddeld", 2m), ("dagen_mediaan", 2m), ("binnen_termijn_procent", 100.0m)); // 5101: 2 → 4 Mar, 305 on 5 Mar
        doorlooptijden.At(JwUren, M(7), ("traject", "301→305")).Is(("afgerond", 1L), ("dagen_gemiddeld", 0m)); // 5001: 1 Jul, 305 on 2 Jul
        doorlooptijden.At(JwStuks, M(2), ("traject", "301→305")).Is(
            ("afgerond", 1L),
            ("dagen_gemiddeld", 7m),             // 2001: Ingangsdatum 2 Feb → Begindatum 9 Feb
            ("dagen_mediaan", 7m),
            ("binnen_termijn_procent", 0.0m));   // the 305 came on 19 Feb, 8 working days after the 9th
        doorlooptijden.At(WmoUren, M(1), ("traject", "301→305")).Is(("afgerond", 1L), ("dagen_gemiddeld", 0m), ("binnen_termijn_procent", 100.0m)); // 3001: 5 Jan, 305 on 7 Jan
        doorlooptijden.At(WmoStuks, M(2), ("traject", "301→305")).Is(("afgerond", 1L), ("dagen_gemiddeld", 0m), ("binnen_termijn_procent", 100.0m)); // 4001: 2 Feb, 305 on 4 Feb

        // 323 → 325, term 10 working days; the gateway answers at once unless the 325 is held.
        doorlooptijden.At(JwUren, M(2), ("traject", "323→325")).Is(
            ("termijn", "10 werkdagen"), ("afgerond", 1L), ("open", 0L), ("dagen_gemiddeld", 0m), ("binnen_termijn_procent", 100.0m)); // JA2601
        doorlooptijden.At(JwUren, M(7), ("traject", "323→325")).Is(("afgerond", 1L)); // JA2606 to 9901, received 2 Jul
        doorlooptijden.At(JwStuks, M(5), ("traject", "323→325")).Is(("afgerond", 2L), ("dagen_gemiddeld", 0m)); // JB2604, JB2604B
        doorlooptijden.At(WmoUren, M(4), ("traject", "323→325")).Is(("afgerond", 1L), ("binnen_termijn_procent", 100.0m)); // WC2603, all rejected
        doorlooptijden.At(WmoUren, M(5), ("traject", "323→325")).Is(
            ("termijn", "10 werkdagen"),
            ("afgerond", 3L),                    // WC2603B and the refused WC2601 at once (0 days); WC2604 held 4 → 22 May (18 days)
            ("open", 0L),
            ("dagen_gemiddeld", 6m),             // (0 + 0 + 18) / 3
            ("dagen_mediaan", 0m),
            ("binnen_termijn_procent", 66.7m)).Clients(1); // 2 of 3: 22 May is 12 working days after 4 May (5 and 14 May are holidays)
        doorlooptijden.At(WmoUren, M(6), ("traject", "323→325")).Is(("afgerond", 0L), ("open", 1L)); // WC2605, still held
        doorlooptijden.At(WmoStuks, M(7), ("traject", "323→325")).Is(("afgerond", 1L), ("dagen_gemiddeld", 0m)); // WD2606 to 9901

        doorlooptijden.EveryColumnChecked([.. Dimensions, "traject", "termijn", "afgerond", "open", "dagen_gemiddeld", "dagen_mediaan", "binnen_termijn_procent"]);
    }

    /// <summary>plafonds: PL-WMO-DAGB-2026 (375,000), granted by ProductPeriode month; held amounts are not used yet.</summary>
    private static void Plafonds(FigureReport plafonds)
    {
        FigureReportRow At(int month) => plafonds.Where(("plafond", Ceiling), ("maand", M(month)));

        At(1).Is(("jaar", "2026"), ("bedrag_eurocent", 375_000L), ("gebruikt_eurocent", 80_000L), ("cumulatief_eurocent", 80_000L), ("cumulatief_procent", 21.3m)).Clients(null); // 80,000 / 375,000 = 21.33 %
        At(2).Is(("gebruikt_eurocent", 100_000L), ("cumulatief_eurocent", 180_000L), ("cumulatief_procent", 48.0m));
        At(3).Is(("gebruikt_eurocent", 120_000L), ("cumulatief_eurocent", 300_000L), ("cumulatief_procent", 80.0m)); // C-MRT2; C-MRT1 was rejected
        At(4).Is(
            ("jaar", "2026"),
            ("bedrag_eurocent", 375_000L),
            ("gebruikt_eurocent", 80_000L),      // C-APR2 (released); C-APR1 refused, the correction still held
            ("cumulatief_eurocent", 380_000L),
            ("cumulatief_procent", 101.3m),      // 380,000 / 375,000 = 101.33 %
            // April is the ceiling's last month with data (nothing covered by it was granted for May–August; the
            // reports are built on 4 August): 380,000 / 4 × 12. The line rises 95,000 a month: 3 × 95,000 = 285,000
            // < 375,000 ≤ 4 × 95,000, so it reaches the ceiling in April, the month the usage itself went over.
            ("prognose_jaareinde_eurocent", 1_140_000L),
            ("prognose_bereikt_maand", M(4)));

        plafonds.EveryColumnChecked(["plafond", "jaar", "maand", "bedrag_eurocent", "gebruikt_eurocent", "cumulatief_eurocent", "cumulatief_procent", "prognose_jaareinde_eurocent", "prognose_bereikt_maand"]);
    }

    /// <summary>No row under the merged code, and rows in dimension order.</summary>
    private static void UnderUtrechtAndSorted(FigureReport report)
    {
        var rows = report.Table.Rows;
        Assert.True(rows.Count > 0, $"{report.Table.Kind}: no rows");
        Assert.True(rows.All(r => Equals(report.Value(r, "gemeente"), Journey.Utrecht)), $"{report.Table.Kind}: a row outside {Journey.Utrecht}");
        for (var i = 1; i < rows.Count; i++)
        {
            var order = Dimensions.Select(k => Compare(report.Value(rows[i - 1], k), report.Value(rows[i], k))).FirstOrDefault(c => c != 0);
            Assert.True(order <= 0, $"{report.Table.Kind}: {report.Describe(rows[i - 1])} before {report.Describe(rows[i])}");
        }
    }

    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (Maand x, Maand y) => x.CompareTo(y),
        _ => string.CompareOrdinal((string)a, (string)b),
    };

    private static Maand M(int month) => new(2026, month);
}
