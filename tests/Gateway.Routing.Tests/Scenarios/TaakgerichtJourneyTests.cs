using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Ledger;
using static Gateway.Routing.Tests.Scenarios.JourneyBuilders;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// A year of a client of a taakgericht product (wijkteam) of provider 41101234 in Rijnenvecht (9901) and, after the
/// merger of 2026-07-01, Utrecht (0344). Taakgericht has no client-level toewijzing, request or declaration: a 315, 301,
/// 317 or 323 for it is refused by the contract rule CT03 (S329; 0611 on a 323 prestatie). Start and stop without a
/// ToewijzingNummer are accepted because the contract agrees them, and refused (TR019) for a taakgericht product whose
/// contract does not. Meanwhile the client gets an inspanningsgericht toewijzing that runs until the merger.
/// </summary>
public sealed class TaakgerichtJourneyTests
{
    private const string NieuwProduct1 = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]";

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task Journey_YearOfAWijkteamClient_EveryAnswerAsTheStandardAndTheContractSay(Standard standard)
    {
        await using var journey = await Journey.StartAsync(standard);
        var t = journey.T;
        var jw = standard == Standard.Ijw;

        // Contract: taakgericht 45U01 / 01U01 with start/stop agreed, 45U02 / 01U02 without; the inspanningsgericht
        // product of the referral: iJw 45A48 at 9850, iWmo 02A01 at 6940 (2026).
        var wijkteam = new Product(jw ? "45" : "01", jw ? "45U01" : "01U01");
        var inloop = new Product(wijkteam.Categorie, jw ? "45U02" : "01U02");
        var product = t.Product;
        long tarief = jw ? 9850 : 6940;
        var s = jw ? "J" : "W";

        journey.With(Journey.Rijnenvecht);
        journey.On(D(2026, 1, 5));
        await journey.RejectedAsync("315 for a taakgericht product", t.Verzoek($"VOT-{s}-1", wijkteam, D(2026, 1, 12), D(2026, 12, 31), Omvang(3, Uur)), (AangevraagdProduct1, "S329"));
        journey.On(D(2026, 1, 6));
        await journey.RefusedAsync("301 for a taakgericht product", t.Bericht301(Traffic.Bsn, t.Toewijzing(3001, wijkteam, D(2026, 1, 12), D(2026, 12, 31), omvang: Omvang(3, Uur), datum: D(2026, 1, 6))), ToegewezenProduct1, "S329");

        journey.On(D(2026, 1, 12));
        await journey.AcceptedAsync("305 start without ToewijzingNummer (agreed)", t.Bericht305(t.Start(null, D(2026, 1, 12), product: wijkteam)));
        journey.On(D(2026, 1, 13));
        await journey.RejectedAsync("305 start of a taakgericht product without agreement", t.Bericht305(t.Start(null, D(2026, 1, 13), product: inloop)), (StartProduct1, "9019"));

        // A 323 for the taakgericht product: there is no toewijzing with that number (TR338 9338, level 3, listed
        // first) and CT03 refuses a declaration of a taakgericht product (0611, level 4).
        journey.On(D(2026, 2, 3));
        var w1 = t.Prestatie($"{s}WIJK1", 3001, 6, Uur, 5000, product: wijkteam, periode: Periode(D(2026, 1, 12), D(2026, 1, 31)));
        await journey.PartlyGrantedAsync("323 for a taakgericht product", t.Declaratie($"{s}D2601", Maand(2026, 1), w1), 0, ($"{s}WIJK1", "9338,0611"));

        await journey.PausesAndRestartsAsync(null, wijkteam, null, D(2026, 1, 12), D(2026, 2, 27), D(2026, 3, 2), D(2026, 3, 16));

        // The wijkteam refers the client to specialised care: 3 h a week from 6 April until the merger.
        journey.On(D(2026, 4, 1));
        var t7001 = t.Toewijzing(7001, product, D(2026, 4, 6), D(2026, 6, 30), omvang: Omvang(3, Uur), datum: D(2026, 4, 1));
        await journey.AllocatesAsync("301 inspanningsgericht referral", t.Bericht301(Traffic.Bsn, t7001));
        journey.On(D(2026, 4, 7));
        await journey.AcceptedAsync("305 start 7001", t.Bericht305(t.Start(7001, D(2026, 4, 6), ingang: D(2026, 4, 6))));

        // The provider asks to add the taakgericht product to the client's toewijzingen: CT03 on the new product.
        journey.On(D(2026, 4, 20));
        var nieuw = new NieuwProduct { Product = wijkteam, GewensteIngangsdatum = D(2026, 5, 1), Einddatum = D(2026, 6, 30), Omvang = Omvang(2, Uur) };
        await journey.RejectedAsync("317 adding a taakgericht product", t.Bericht317($"VOW-{s}-1", [7001], nieuw: [nieuw]), (NieuwProduct1, "S329"));

        // 323 April on 7001 from 6 April: ISO weeks 15–18 → 4 × 3 h = 12 h allowed, 10 declared. May: weeks 18–22 →
        // 15 allowed, 12 declared.
        journey.On(D(2026, 5, 4));
        await journey.GrantedAsync("323 April", t.Declaratie($"{s}D2604", Maand(2026, 4), t.Prestatie($"{s}APR1", 7001, 10, Uur, tarief, product: product, periode: Periode(D(2026, 4, 6), D(2026, 4, 30)))), 10 * tarief);
        journey.On(D(2026, 6, 2));
        await journey.GrantedAsync("323 May", t.Declaratie($"{s}D2605", Maand(2026, 5), t.Prestatie($"{s}MEI1", 7001, 12, Uur, tarief, product: product, periode: Maand(2026, 5))), 12 * tarief);

        // The merger. The wijkteam stop is sent on the last day of Rijnenvecht; after it, a start without toewijzing
        // to the old code has nothing that anchors it before the merger (S300), the 7001 messages do.
        journey.On(D(2026, 6, 30));
        await journey.AcceptedAsync("307 wijkteam stop in Rijnenvecht", t.Bericht307(t.Stop(null, D(2026, 3, 16), DoorGemeente, D(2026, 6, 30), product: wijkteam)));
        journey.On(D(2026, 7, 1));
        await journey.AcceptedAsync("307 stop 7001 to the old code after the merger", t.Bericht307(t.Stop(7001, D(2026, 4, 6), DoorGemeente, D(2026, 6, 30), ingang: D(2026, 4, 6))));

        // 323 June on 7001: ISO weeks 23–27 → 15 allowed, 12 declared.
        journey.On(D(2026, 7, 2));
        await journey.GrantedAsync("323 June to the old code after the merger", t.Declaratie($"{s}D2606", Maand(2026, 6), t.Prestatie($"{s}JUN1", 7001, 12, Uur, tarief, product: product, periode: Maand(2026, 6))), 12 * tarief);
        await journey.HeaderRejectedAsync("305 wijkteam start to the old code after the merger", t.Bericht305(t.Start(null, D(2026, 7, 1), product: wijkteam)), "S300");
        journey.With(Journey.Utrecht);

        // The provider's system dates the start a day ahead: Dagtekening after today (TR135 8848); then sent right.
        t.Today = D(2026, 7, 3);
        await journey.HeaderRejectedAsync("305 dated tomorrow", t.Bericht305(t.Start(null, D(2026, 7, 1), product: wijkteam)), "8848");
        t.Today = D(2026, 7, 2);
        await journey.AcceptedAsync("305 wijkteam start in Utrecht", t.Bericht305(t.Start(null, D(2026, 7, 1), product: wijkteam)));

        await journey.StopsDefinitivelyAsync(null, wijkteam, null, D(2026, 7, 1), D(2026, 11, 13), D(2026, 11, 13));
    }
}
