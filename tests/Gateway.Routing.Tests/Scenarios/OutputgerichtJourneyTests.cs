using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Ledger;
using static Gateway.Routing.Tests.Scenarios.JourneyBuilders;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// A year of an outputgericht client of provider 41101234 in Rijnenvecht (9901) and, after the merger of 2026-07-01,
/// Utrecht (0344): stuks-output per week (Eenheid 82, as the contract says) counted by Sundays, and after the merger a
/// traject in euro's on a budget (Eenheid 83, TR369) that a 317 raises. Same steps as the inspanningsgericht journey otherwise: request,
/// allocation, start, monthly declarations with corrections, a product allocated by mistake and deleted (13), a change
/// of volume through a 317, a temporary stop and restart, an extension and a definitive stop. Allowed per ProductPeriode
/// = Sundays in it (+1 in the period holding the toewijzing's last Sunday when it does not end on a Sunday) × volume.
/// </summary>
public sealed class OutputgerichtJourneyTests
{
    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task Journey_YearOfStuksPerWeekAndABudget_EveryAnswerAsTheStandardAndTheContractSay(Standard standard)
    {
        await using var journey = await Journey.StartAsync(standard);
        var t = journey.T;
        var jw = standard == Standard.Ijw;

        // Contract: iJw 43A12 per stuk at 21000 + 2.0% → 21000 × 1.02 = 21420 in 2027; iWmo 01A03 at 26480 + 2.0% →
        // 26480 × 1.02 = 27009.6 → 27010. The traject: iJw categorie 55 (LTA), iWmo categorie 06, in euro's (83, no
        // tariff). Allocated by mistake: the inspanningsgericht product (iJw 45A48 at 9850, iWmo 02A01 at 6940).
        var product = new Product(jw ? "43" : "01", jw ? "43A12" : "01A03");
        var traject = new Product(jw ? "55" : "06");
        var trajectCode = new Product(traject.Categorie, jw ? "55L01" : "06L01");
        var mistake = t.Product;
        long tarief = jw ? 21000 : 26480;
        long tarief2027 = jw ? 21420 : 27010;
        long tariefMistake = jw ? 9850 : 6940;
        var s = jw ? "J" : "W";

        journey.With(Journey.Rijnenvecht);
        journey.On(D(2026, 1, 5));
        await journey.AcceptedAsync("315 request", t.Verzoek($"VOT-{s}-1", product, D(2026, 1, 12), D(2026, 12, 31), Omvang(1, StuksOutput)));
        // The back office first fills in hours: the contract says stuks (82) → refused before sending (CT02, 0611).
        journey.On(D(2026, 1, 8));
        var inUren = t.Toewijzing(2001, product, D(2026, 1, 12), D(2026, 12, 31), $"VOT-{s}-1", omvang: Omvang(1, Uur), datum: D(2026, 1, 8));
        await journey.RefusedAsync("301 in hours for an output product", t.Bericht301(Traffic.Bsn, inUren), ToegewezenProduct1, "0611");
        var t2001 = t.Toewijzing(2001, product, D(2026, 1, 12), D(2026, 12, 31), $"VOT-{s}-1", omvang: Omvang(1, StuksOutput), datum: D(2026, 1, 8));
        await journey.AllocatesAsync("301 honouring the request", t.Bericht301(Traffic.Bsn, t2001));
        journey.On(D(2026, 1, 14));
        await journey.AcceptedAsync("305 start 2001", t.Bericht305(t.Start(2001, D(2026, 1, 12), product: product, ingang: D(2026, 1, 12))));

        // 323 January from the Ingangsdatum (TR387): Sundays 18 and 25 January → 2 × 1 = 2 stuks; 2 declared.
        journey.On(D(2026, 2, 3));
        var j1 = t.Prestatie($"{s}JAN1", 2001, 2, StuksOutput, tarief, product: product, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        await journey.GrantedAsync("323 January", t.Declaratie($"{s}D2601", Maand(2026, 1), j1), 2 * tarief);

        await journey.AllocatesByMistakeAndDeletesAsync(t2001, 2002, mistake, D(2026, 2, 9));

        // 323 February: January corrected to 1 stuk (credit 2 + debit 1); February has Sundays 1, 8, 15, 22 → 4 stuks
        // allowed, 4 declared; the deleted 2002 → 9384. Granted: −2 + 1 + 4 = 3 stuks.
        journey.On(D(2026, 3, 3));
        var j2 = t.Prestatie($"{s}JAN2", 2001, 1, StuksOutput, tarief, product: product, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        var f1 = t.Prestatie($"{s}FEB1", 2001, 4, StuksOutput, tarief, product: product, periode: Maand(2026, 2));
        var x1 = t.Prestatie($"{s}FEBX", 2002, 3, Uur, tariefMistake, product: mistake, periode: Periode(D(2026, 2, 9), D(2026, 2, 28)));
        await journey.PartlyGrantedAsync("323 February with a correction", t.Declaratie($"{s}D2602", Maand(2026, 2), j1.Credit($"{s}JAN1C"), j2, f1, x1), 3 * tarief, ($"{s}FEBX", "9384"));

        // Change of volume to 2 stuks a week from 13 April: 2001 ends on Sunday 12 April, 2003 takes over.
        journey.On(D(2026, 3, 10));
        await journey.AcceptedAsync("317 change of volume", t.Wijziging($"VOW-{s}-1", 2001, D(2026, 4, 13), D(2026, 12, 31), Omvang(2, StuksOutput)));
        journey.On(D(2026, 3, 16));
        var t2001Eind = t.Toewijzing(2001, product, D(2026, 1, 12), D(2026, 4, 12), $"VOT-{s}-1", DoorAanbieder, omvang: Omvang(1, StuksOutput), datum: D(2026, 3, 16));
        var t2003 = t.Toewijzing(2003, product, D(2026, 4, 13), D(2026, 12, 31), $"VOW-{s}-1", omvang: Omvang(2, StuksOutput), datum: D(2026, 3, 16));
        await journey.AllocatesAsync("301 honouring the change", t.Bericht301(Traffic.Bsn, t2001Eind, t2003));

        // 323 March: Sundays 1, 8, 15, 22, 29 → 5 stuks allowed, 5 declared.
        journey.On(D(2026, 4, 2));
        await journey.GrantedAsync("323 March", t.Declaratie($"{s}D2603", Maand(2026, 3), t.Prestatie($"{s}MRT1", 2001, 5, StuksOutput, tarief, product: product, periode: Maand(2026, 3))), 5 * tarief);

        journey.On(D(2026, 4, 14));
        await journey.AcceptedAsync("307 stop 2001 for the change", t.Bericht307(t.Stop(2001, D(2026, 1, 12), WegensWijzigingsverzoek, D(2026, 4, 12), product: product, ingang: D(2026, 1, 12))));
        await journey.AcceptedAsync("305 start 2003", t.Bericht305(t.Start(2003, D(2026, 4, 13), product: product, ingang: D(2026, 4, 13))));

        // 323 April: 2001 on 1–12 April has Sundays 5 and 12 (it ends on a Sunday: no +1) → 2 allowed, 3 declared →
        // 9321 (its whole toewijzing, 13 Sundays from 12 January to 12 April, still holds 10 + 3). 2003 on 13–30 April:
        // Sundays 19, 26 → 2 × 2 = 4 allowed, 4 declared.
        journey.On(D(2026, 5, 4));
        var a1 = t.Prestatie($"{s}APR1", 2001, 3, StuksOutput, tarief, product: product, periode: Periode(D(2026, 4, 1), D(2026, 4, 12)));
        var a2 = t.Prestatie($"{s}APR2", 2003, 4, StuksOutput, tarief, product: product, periode: Periode(D(2026, 4, 13), D(2026, 4, 30)));
        await journey.PartlyGrantedAsync("323 April over the volume", t.Declaratie($"{s}D2604", Maand(2026, 4), a1, a2), 4 * tarief, ($"{s}APR1", "9321"));

        await journey.PausesAndRestartsAsync(2003, product, D(2026, 4, 13), D(2026, 4, 13), D(2026, 5, 15), D(2026, 5, 18), D(2026, 6, 1));

        // 323 May: crediting the rejected April debit → 8017; April on 2001 again with 2 stuks; May on 2003: Sundays
        // 3, 10, 17, 24, 31 → 5 × 2 = 10 allowed, 4 declared. Granted: 2 + 4 = 6 stuks.
        journey.On(D(2026, 6, 2));
        var a3 = t.Prestatie($"{s}APR3", 2001, 2, StuksOutput, tarief, product: product, periode: Periode(D(2026, 4, 1), D(2026, 4, 12)));
        var y1 = t.Prestatie($"{s}MEI1", 2003, 4, StuksOutput, tarief, product: product, periode: Maand(2026, 5));
        await journey.PartlyGrantedAsync("323 May with a credit of a rejected debit", t.Declaratie($"{s}D2605", Maand(2026, 5), a1.Credit($"{s}APR1C"), a3, y1), 6 * tarief, ($"{s}APR1C", "8017"));

        // The merger: Rijnenvecht ends 2003 on 30 June; Utrecht allocates 6001 (stuks) and a traject 6002 on a budget
        // of € 1.500,00 from 1 July.
        journey.On(D(2026, 6, 15));
        var t2003Eind = t.Toewijzing(2003, product, D(2026, 4, 13), D(2026, 6, 30), $"VOW-{s}-1", Herindeling, omvang: Omvang(2, StuksOutput), datum: D(2026, 6, 15));
        await journey.AllocatesAsync("301 Rijnenvecht ends 2003 for the merger", t.Bericht301(Traffic.Bsn, t2003Eind));
        journey.With(Journey.Utrecht);
        journey.On(D(2026, 6, 16));
        var t6001 = t.Toewijzing(6001, product, D(2026, 7, 1), D(2026, 12, 31), omvang: Omvang(2, StuksOutput), datum: D(2026, 6, 16));
        var t6002 = t.Toewijzing(6002, traject, D(2026, 7, 1), D(2026, 12, 31), budget: 150000, datum: D(2026, 6, 16));
        await journey.AllocatesAsync("301 Utrecht allocates 6001 and a budget traject", t.Bericht301(Traffic.Bsn, t6001, t6002));

        journey.With(Journey.Rijnenvecht);
        journey.On(D(2026, 7, 1));
        await journey.AcceptedAsync("307 to the old code after the merger (toewijzing of before)", t.Bericht307(t.Stop(2003, D(2026, 6, 1), DoorGemeente, D(2026, 6, 30), product: product, ingang: D(2026, 4, 13))));

        // 323 June to 9901: Sundays 7, 14, 21, 28; 2003 now ends on Tuesday 30 June and its last Sunday (28 June) lies
        // in June → 4 + 1 = 5 × 2 = 10 allowed; 10 declared.
        journey.On(D(2026, 7, 2));
        await journey.GrantedAsync("323 June to the old code after the merger", t.Declaratie($"{s}D2606", Maand(2026, 6), t.Prestatie($"{s}JUN1", 2003, 10, StuksOutput, tarief, product: product, periode: Maand(2026, 6))), 10 * tarief);

        journey.With(Journey.Utrecht);
        await journey.AcceptedAsync("305 start 6001 and the traject in Utrecht", t.Bericht305(t.Start(6001, D(2026, 7, 1), product: product, ingang: D(2026, 7, 1)), t.Start(6002, D(2026, 7, 1), product: traject, ingang: D(2026, 7, 1))));

        // July: Sundays 5, 12, 19, 26 → 4 × 2 = 8 allowed, 8 declared; the traject € 600,00 (83: volume = amount).
        // First to the old code (nothing anchors it before the merger → S300), then to Utrecht.
        journey.On(D(2026, 8, 4));
        var l1 = t.Prestatie($"{s}JUL1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 7));
        var b1 = t.Prestatie($"{s}JULB", 6002, 60000, Euro, null, product: trajectCode, periode: Maand(2026, 7));
        journey.With(Journey.Rijnenvecht);
        await journey.DeclaratieHeaderRejectedAsync("323 July to the old code", t.Declaratie($"{s}D2607", Maand(2026, 7), l1, b1), "S300");
        journey.With(Journey.Utrecht);
        await journey.GrantedAsync("323 July to Utrecht", t.Declaratie($"{s}D2607", Maand(2026, 7), l1, b1), (8 * tarief) + 60000);

        // August: Sundays 2, 9, 16, 23, 30 → 10 allowed, 8 declared; traject € 600,00 more (€ 1.200,00 of € 1.500,00).
        journey.On(D(2026, 9, 2));
        var g1 = t.Prestatie($"{s}AUG1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 8));
        var b2 = t.Prestatie($"{s}AUGB", 6002, 60000, Euro, null, product: trajectCode, periode: Maand(2026, 8));
        await journey.GrantedAsync("323 August", t.Declaratie($"{s}D2608", Maand(2026, 8), g1, b2), (8 * tarief) + 60000);

        // September: Sundays 6, 13, 20, 27 → 8 allowed, 8 declared; the traject's € 600,00 would make € 1.800,00 > budget → 9369.
        journey.On(D(2026, 10, 2));
        var s1 = t.Prestatie($"{s}SEP1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 9));
        var b3 = t.Prestatie($"{s}SEPB", 6002, 60000, Euro, null, product: trajectCode, periode: Maand(2026, 9));
        await journey.PartlyGrantedAsync("323 September over the budget", t.Declaratie($"{s}D2609", Maand(2026, 9), s1, b3), 8 * tarief, ($"{s}SEPB", "9369"));

        // The provider asks to raise the budget to € 2.100,00 (317; a budget change runs from the original Ingangsdatum,
        // TR373, listing 6001 as unchanged, TR349); Utrecht honours it with a new version of 6002 (same number).
        journey.On(D(2026, 10, 5));
        var meerBudget = new TeWijzigenProduct { ToewijzingNummer = 6002, GewensteIngangsdatum = D(2026, 7, 1), Einddatum = D(2026, 12, 31), Budget = 210000 };
        await journey.AcceptedAsync("317 raising the budget", t.Bericht317($"VOW-{s}-2", [6001], [meerBudget]));
        journey.On(D(2026, 10, 7));
        var t6002Meer = t.Toewijzing(6002, traject, D(2026, 7, 1), D(2026, 12, 31), $"VOW-{s}-2", DoorAanbieder, budget: 210000, datum: D(2026, 10, 7));
        await journey.AllocatesAsync("301 honouring the budget change", t.Bericht301(Traffic.Bsn, t6001, t6002Meer));

        // October: Sundays 4, 11, 18, 25 → 8 allowed, 8 declared; the traject's September again (€ 600,00, its first
        // debit was rejected) and October € 300,00 → € 1.200,00 + 600,00 + 300,00 = € 2.100,00, just the new budget.
        journey.On(D(2026, 11, 3));
        var o1 = t.Prestatie($"{s}OKT1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 10));
        var b4 = t.Prestatie($"{s}SEPB2", 6002, 60000, Euro, null, product: trajectCode, periode: Maand(2026, 9));
        var b5 = t.Prestatie($"{s}OKTB", 6002, 30000, Euro, null, product: trajectCode, periode: Maand(2026, 10));
        await journey.GrantedAsync("323 October within the raised budget", t.Declaratie($"{s}D2610", Maand(2026, 10), o1, b4, b5), (8 * tarief) + 90000);

        journey.On(D(2026, 11, 16));
        var t6001Verlengd = t.Toewijzing(6001, product, D(2026, 7, 1), D(2027, 3, 31), reden: Verlenging, omvang: Omvang(2, StuksOutput), datum: D(2026, 11, 16));
        await journey.AllocatesAsync("301 extension to March 2027", t.Bericht301(Traffic.Bsn, t6001Verlengd, t6002Meer));

        // November: Sundays 1, 8, 15, 22, 29 → 10 allowed, 8 declared. December: Sundays 6, 13, 20, 27 → 8 allowed
        // (6001 no longer ends this year), 8 declared.
        journey.On(D(2026, 12, 2));
        await journey.GrantedAsync("323 November", t.Declaratie($"{s}D2611", Maand(2026, 11), t.Prestatie($"{s}NOV1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 11))), 8 * tarief);
        journey.On(D(2027, 1, 5));
        await journey.GrantedAsync("323 December", t.Declaratie($"{s}D2612", Maand(2026, 12), t.Prestatie($"{s}DEC1", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2026, 12))), 8 * tarief);
        await journey.AcceptedAsync("307 the traject ended as planned", t.Bericht307(t.Stop(6002, D(2026, 7, 1), VolgensPlan(standard), D(2026, 12, 31), product: traject, ingang: D(2026, 7, 1))));

        // January 2027: Sundays 3, 10, 17, 24, 31 → 10 allowed, 8 declared; first at the 2026 tariff (TR418 0611).
        journey.On(D(2027, 2, 2));
        var e1 = t.Prestatie($"{s}JAN7A", 6001, 8, StuksOutput, tarief, product: product, periode: Maand(2027, 1));
        await journey.PartlyGrantedAsync("323 January 2027 at last year's tariff", t.Declaratie($"{s}D2701", Maand(2027, 1), e1), 0, ($"{s}JAN7A", "0611"));
        journey.On(D(2027, 2, 3));
        var e2 = t.Prestatie($"{s}JAN7B", 6001, 8, StuksOutput, tarief2027, product: product, periode: Maand(2027, 1));
        await journey.GrantedAsync("323 January 2027 at the indexed tariff", t.Declaratie($"{s}D2701B", Maand(2027, 1), e2), 8 * tarief2027);

        await journey.StopsDefinitivelyAsync(6001, product, D(2026, 7, 1), D(2026, 7, 1), D(2027, 2, 12), D(2027, 2, 15));
    }
}
