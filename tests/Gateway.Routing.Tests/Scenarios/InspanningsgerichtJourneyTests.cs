using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Ledger;
using static Gateway.Routing.Tests.Scenarios.JourneyBuilders;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// A year of an inspanningsgericht client (hours per week) of provider 41101234, living in Rijnenvecht (9901) until it
/// merges into Utrecht (0344) on 2026-07-01: request, allocation, start, monthly declarations with corrections, a
/// product allocated by mistake and deleted (13), a change of volume through a 317, a temporary stop and restart,
/// the merger, an extension into 2027 with the indexed tariff, and a definitive stop. Every answer is asserted.
/// Allowed volumes are computed by hand: per week = calendar (ISO) weeks touched by the ProductPeriode × hours.
/// </summary>
public sealed class InspanningsgerichtJourneyTests
{
    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task Journey_YearOfHoursPerWeek_EveryAnswerAsTheStandardAndTheContractSay(Standard standard)
    {
        await using var journey = await Journey.StartAsync(standard);
        var t = journey.T;
        var jw = standard == Standard.Ijw;

        // Contract (Scenarios/region/contracts.json): iJw 45A48 at 9850 in 2026 + 2.5% → 9850 × 1.025 = 10096.25 → 10096
        // in 2027; iWmo 02A01 at 6940 + 3.1% → 6940 × 1.031 = 7155.14 → 7155. The product allocated by mistake:
        // iJw 45A21 at 8700, iWmo 02A02 at 5500 (2026).
        var product = t.Product;
        var mistake = new Product(t.Categorie, jw ? "45A21" : "02A02");
        long tarief = jw ? 9850 : 6940;
        long tarief2027 = jw ? 10096 : 7155;
        long tariefMistake = jw ? 8700 : 5500;
        var s = jw ? "J" : "W";

        // January: the provider asks for 3 hours a week from 12 January; Rijnenvecht allocates, the provider starts.
        journey.With(Journey.Rijnenvecht);
        journey.On(D(2026, 1, 5));
        await journey.AcceptedAsync("315 request", t.Verzoek($"VOT-{s}-1", product, D(2026, 1, 12), D(2026, 12, 31), Omvang(3, Uur)));
        journey.On(D(2026, 1, 8));
        var t1001 = t.Toewijzing(1001, product, D(2026, 1, 12), D(2026, 12, 31), $"VOT-{s}-1", omvang: Omvang(3, Uur), datum: D(2026, 1, 8));
        await journey.AllocatesAsync("301 honouring the request", t.Bericht301(Traffic.Bsn, t1001));
        journey.On(D(2026, 1, 14));
        await journey.AcceptedAsync("305 start 1001", t.Bericht305(t.Start(1001, D(2026, 1, 12), ingang: D(2026, 1, 12))));

        // 323 January: the ProductPeriode begins on the Ingangsdatum (TR387). 12–31 Jan touch ISO weeks 3, 4, 5
        // → 3 weeks × 3 h = 9 h allowed; 9 h declared.
        journey.On(D(2026, 2, 3));
        var j1 = t.Prestatie($"{s}JAN1", 1001, 9, Uur, tarief, product: product, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        await journey.GrantedAsync("323 January", t.Declaratie($"{s}D2601", Maand(2026, 1), j1), 9 * tarief);

        // A second product is allocated by mistake and deleted the next day (RedenWijziging 13, Einddatum = Ingangsdatum).
        await journey.AllocatesByMistakeAndDeletesAsync(t1001, 1002, mistake, D(2026, 2, 9));
        journey.On(D(2026, 2, 11));
        await journey.RejectedAsync("305 on the deleted toewijzing", t.Bericht305(t.Start(1002, D(2026, 2, 9), product: mistake, ingang: D(2026, 2, 9))), (StartProduct1, "9019"));

        // 323 February: January corrected (credit of the granted 9 h + replacement debit of 8 h, IV086), February
        // 1–28 touch ISO weeks 5–9 → 5 × 3 h = 15 h allowed, 12 h declared; a prestatie on the deleted 1002 → 9384.
        // Granted: −9 + 8 + 12 = 11 h.
        journey.On(D(2026, 3, 3));
        var j2 = t.Prestatie($"{s}JAN2", 1001, 8, Uur, tarief, product: product, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        var f1 = t.Prestatie($"{s}FEB1", 1001, 12, Uur, tarief, product: product, periode: Maand(2026, 2));
        var x1 = t.Prestatie($"{s}FEBX", 1002, 3, Uur, tariefMistake, product: mistake, periode: Periode(D(2026, 2, 9), D(2026, 2, 28)));
        await journey.PartlyGrantedAsync("323 February with a correction", t.Declaratie($"{s}D2602", Maand(2026, 2), j1.Credit($"{s}JAN1C"), j2, f1, x1), 11 * tarief, ($"{s}FEBX", "9384"));

        // Change of volume: the provider asks for 5 h a week from 13 April (317); the gemeente ends 1001 on 12 April
        // and allocates 1003 with the new volume (a weekly volume change needs a new toewijzing, §4.3).
        journey.On(D(2026, 3, 10));
        await journey.AcceptedAsync("317 change of volume", t.Wijziging($"VOW-{s}-1", 1001, D(2026, 4, 13), D(2026, 12, 31), Omvang(5, Uur)));
        journey.On(D(2026, 3, 16));
        var t1001Eind = t.Toewijzing(1001, product, D(2026, 1, 12), D(2026, 4, 12), $"VOT-{s}-1", DoorAanbieder, omvang: Omvang(3, Uur), datum: D(2026, 3, 16));
        var t1003 = t.Toewijzing(1003, product, D(2026, 4, 13), D(2026, 12, 31), $"VOW-{s}-1", omvang: Omvang(5, Uur), datum: D(2026, 3, 16));
        await journey.AllocatesAsync("301 honouring the change", t.Bericht301(Traffic.Bsn, t1001Eind, t1003));

        // 323 March: 1–31 March touch ISO weeks 9–14 → 6 × 3 h = 18 h allowed; 12 h declared.
        journey.On(D(2026, 4, 2));
        var m1 = t.Prestatie($"{s}MRT1", 1001, 12, Uur, tarief, product: product, periode: Maand(2026, 3));
        await journey.GrantedAsync("323 March", t.Declaratie($"{s}D2603", Maand(2026, 3), m1), 12 * tarief);

        journey.On(D(2026, 4, 14));
        await journey.AcceptedAsync("307 stop 1001 for the change", t.Bericht307(t.Stop(1001, D(2026, 1, 12), WegensWijzigingsverzoek, D(2026, 4, 12), ingang: D(2026, 1, 12))));
        await journey.AcceptedAsync("305 start 1003", t.Bericht305(t.Start(1003, D(2026, 4, 13), ingang: D(2026, 4, 13))));

        // 323 April: two toewijzingen in one month → two prestaties (IV084). 1001 on 1–12 April (ends there, TR388):
        // ISO weeks 14, 15 → 2 × 3 h = 6 h allowed, 7 h declared → 9321. 1003 on 13–30 April: weeks 16, 17, 18
        // → 3 × 5 h = 15 h allowed, 15 h declared → granted.
        journey.On(D(2026, 5, 4));
        var a1 = t.Prestatie($"{s}APR1", 1001, 7, Uur, tarief, product: product, periode: Periode(D(2026, 4, 1), D(2026, 4, 12)));
        var a2 = t.Prestatie($"{s}APR2", 1003, 15, Uur, tarief, product: product, periode: Periode(D(2026, 4, 13), D(2026, 4, 30)));
        await journey.PartlyGrantedAsync("323 April over the volume", t.Declaratie($"{s}D2604", Maand(2026, 4), a1, a2), 15 * tarief, ($"{s}APR1", "9321"));

        // Temporary stop from 15 May, restart on 1 June.
        await journey.PausesAndRestartsAsync(1003, product, D(2026, 4, 13), D(2026, 4, 13), D(2026, 5, 15), D(2026, 5, 18), D(2026, 6, 1));

        // 323 May: the provider credits the rejected April prestatie (never granted → 8017) and declares it again
        // within the volume (6 h, a first granted debit for that period); May 1–31 touch ISO weeks 18–22 → 5 × 5 h =
        // 25 h allowed, 10 h declared (the stop). Granted: 6 + 10 = 16 h.
        journey.On(D(2026, 6, 2));
        var a3 = t.Prestatie($"{s}APR3", 1001, 6, Uur, tarief, product: product, periode: Periode(D(2026, 4, 1), D(2026, 4, 12)));
        var y1 = t.Prestatie($"{s}MEI1", 1003, 10, Uur, tarief, product: product, periode: Maand(2026, 5));
        await journey.PartlyGrantedAsync("323 May with a credit of a rejected debit", t.Declaratie($"{s}D2605", Maand(2026, 5), a1.Credit($"{s}APR1C"), a3, y1), 16 * tarief, ($"{s}APR1C", "8017"));

        // The merger: Rijnenvecht ends 1003 on 30 June (RedenWijziging 11); Utrecht allocates 5001 from 1 July.
        journey.On(D(2026, 6, 15));
        var t1003Eind = t.Toewijzing(1003, product, D(2026, 4, 13), D(2026, 6, 30), $"VOW-{s}-1", Herindeling, omvang: Omvang(5, Uur), datum: D(2026, 6, 15));
        await journey.AllocatesAsync("301 Rijnenvecht ends 1003 for the merger", t.Bericht301(Traffic.Bsn, t1003Eind));
        journey.With(Journey.Utrecht);
        journey.On(D(2026, 6, 16));
        var t5001 = t.Toewijzing(5001, product, D(2026, 7, 1), D(2026, 12, 31), omvang: Omvang(5, Uur), datum: D(2026, 6, 16));
        await journey.AllocatesAsync("301 Utrecht allocates 5001", t.Bericht301(Traffic.Bsn, t5001));

        // After the merger, messages to 9901 still pass TR378 when they concern a toewijzing that began while 9901 existed.
        journey.With(Journey.Rijnenvecht);
        journey.On(D(2026, 7, 1));
        await journey.AcceptedAsync("307 to the old code after the merger (toewijzing of before)", t.Bericht307(t.Stop(1003, D(2026, 6, 1), DoorGemeente, D(2026, 6, 30), ingang: D(2026, 4, 13))));

        // A toewijzing of the old code that begins after the merger has nothing to anchor it: refused before sending. The
        // old code's history is joined to Utrecht's, so the 301 also omits Utrecht's actual 5001 (OP087, 9349 on the Client).
        var t1004 = t.Toewijzing(1004, product, D(2026, 7, 1), D(2026, 12, 31), omvang: Omvang(5, Uur), datum: D(2026, 7, 1));
        await journey.RefusedAsync("301 from the old code after the merger", t.Bericht301(Traffic.Bsn, t1004), ClassPaths.Header, "S300", ("/Bericht/Client", "9349"));

        // 323 June to 9901: 1–30 June touch ISO weeks 23–27 → 5 × 5 h = 25 h allowed; 20 h declared.
        journey.On(D(2026, 7, 2));
        var u1 = t.Prestatie($"{s}JUN1", 1003, 20, Uur, tarief, product: product, periode: Maand(2026, 6));
        await journey.GrantedAsync("323 June to the old code after the merger", t.Declaratie($"{s}D2606", Maand(2026, 6), u1), 20 * tarief);

        journey.With(Journey.Utrecht);
        await journey.AcceptedAsync("305 start 5001 in Utrecht", t.Bericht305(t.Start(5001, D(2026, 7, 1), ingang: D(2026, 7, 1))));

        // July's care declared to the old code: nothing anchors it before the merger → S300 in the header.
        // The same 323 to Utrecht: 1–31 July touch ISO weeks 27–31 → 5 × 5 h = 25 h allowed; 20 h declared.
        journey.On(D(2026, 8, 4));
        var l1 = t.Prestatie($"{s}JUL1", 5001, 20, Uur, tarief, product: product, periode: Maand(2026, 7));
        journey.With(Journey.Rijnenvecht);
        await journey.DeclaratieHeaderRejectedAsync("323 July to the old code", t.Declaratie($"{s}D2607", Maand(2026, 7), l1), "S300");
        journey.With(Journey.Utrecht);
        await journey.GrantedAsync("323 July to Utrecht", t.Declaratie($"{s}D2607", Maand(2026, 7), l1), 20 * tarief);

        // August: ISO weeks 31–36 → 6 × 5 h = 30 h allowed, 22 declared. September: weeks 36–40 → 25 allowed, 20
        // declared. October: weeks 40–44 → 25 allowed, 20 declared.
        journey.On(D(2026, 9, 2));
        await journey.GrantedAsync("323 August", t.Declaratie($"{s}D2608", Maand(2026, 8), t.Prestatie($"{s}AUG1", 5001, 22, Uur, tarief, product: product, periode: Maand(2026, 8))), 22 * tarief);
        journey.On(D(2026, 10, 2));
        await journey.GrantedAsync("323 September", t.Declaratie($"{s}D2609", Maand(2026, 9), t.Prestatie($"{s}SEP1", 5001, 20, Uur, tarief, product: product, periode: Maand(2026, 9))), 20 * tarief);
        journey.On(D(2026, 11, 3));
        await journey.GrantedAsync("323 October", t.Declaratie($"{s}D2610", Maand(2026, 10), t.Prestatie($"{s}OKT1", 5001, 20, Uur, tarief, product: product, periode: Maand(2026, 10))), 20 * tarief);

        // Extension (OP380): same number, same volume, later Einddatum, before the current end date has passed.
        journey.On(D(2026, 11, 16));
        var t5001Verlengd = t.Toewijzing(5001, product, D(2026, 7, 1), D(2027, 3, 31), reden: Verlenging, omvang: Omvang(5, Uur), datum: D(2026, 11, 16));
        await journey.AllocatesAsync("301 extension to March 2027", t.Bericht301(Traffic.Bsn, t5001Verlengd));

        // November: ISO weeks 44–49 → 30 allowed, 21 declared. December: weeks 49–53 → 25 allowed, 18 declared.
        journey.On(D(2026, 12, 2));
        await journey.GrantedAsync("323 November", t.Declaratie($"{s}D2611", Maand(2026, 11), t.Prestatie($"{s}NOV1", 5001, 21, Uur, tarief, product: product, periode: Maand(2026, 11))), 21 * tarief);
        journey.On(D(2027, 1, 5));
        await journey.GrantedAsync("323 December", t.Declaratie($"{s}D2612", Maand(2026, 12), t.Prestatie($"{s}DEC1", 5001, 18, Uur, tarief, product: product, periode: Maand(2026, 12))), 18 * tarief);

        // January 2027, beyond the original end thanks to the extension: ISO weeks 53, 1–4 → 25 allowed, 20 declared.
        // First at the 2026 tariff (not the contract's for 2027 → TR418 0611), then at the indexed tariff.
        journey.On(D(2027, 2, 2));
        var e1 = t.Prestatie($"{s}JAN7A", 5001, 20, Uur, tarief, product: product, periode: Maand(2027, 1));
        await journey.PartlyGrantedAsync("323 January 2027 at last year's tariff", t.Declaratie($"{s}D2701", Maand(2027, 1), e1), 0, ($"{s}JAN7A", "0611"));
        journey.On(D(2027, 2, 3));
        var e2 = t.Prestatie($"{s}JAN7B", 5001, 20, Uur, tarief2027, product: product, periode: Maand(2027, 1));
        await journey.GrantedAsync("323 January 2027 at the indexed tariff", t.Declaratie($"{s}D2701B", Maand(2027, 1), e2), 20 * tarief2027);

        // Definitive stop; afterwards the start cannot be deleted (TR071) and no stop may follow (TR415).
        await journey.StopsDefinitivelyAsync(5001, product, D(2026, 7, 1), D(2026, 7, 1), D(2027, 2, 12), D(2027, 2, 15));
    }
}
