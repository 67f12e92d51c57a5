using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>Level-3 rules on the 323, each with a passing and a failing sequence through the real pipeline.</summary>
public sealed class DeclaratieRulesTests
{
    private const string Product1 = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]";

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR338_PrestatieOnSentToewijzing_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR338_PrestatieOnNumberNeverSent_9338(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5999)), "P-2", "9338");
    }

    /// <summary>Two clients in one declaration, each on their own toewijzing.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR304_EachClientOnItsOwnToewijzing_Granted(Standard standard)
    {
        var (gateway, t) = await StartWithTwoClientsAsync(standard);
        await using var _ = gateway;

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5002)).PerClient(Traffic.Bsn, Traffic.OtherBsn));
    }

    /// <summary>A number sent to this provider for another client: 8187 on the Client (not 9338), its prestaties not assessed.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR304_PrestatieOnToewijzingOfOtherClient_8187OnClient(Standard standard)
    {
        var (gateway, t) = await StartWithTwoClientsAsync(standard);
        await using var _ = gateway;

        var answer = await t.DeclareAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5002)));

        Assert.Equal(["0200"], answer.DeclaratieAntwoord!.RetourCodes);
        var client = Assert.Single(answer.DeclaratieAntwoord.Clienten!);
        Assert.Equal(["8187"], client.RetourCodes);
        Assert.All(client.Prestaties, p => Assert.Equal(["0233"], p.RetourCodes));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR384_PrestatieOnOtherToewijzingThanTheDeletedOne_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0)), t.Toewijzing(5002, t.OtherProduct)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5002, product: t.OtherProduct)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR384_PrestatieOnDeletedToewijzing_9384(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0))));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001)), "P-1", "9384");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR339_PrestatieInOtherCategorie_9339(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, product: t.OtherProduct)), "P-1", "9339");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR339_TR340_PrestatieOfTheToewijzingsProduct_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5002, product: t.OtherProduct)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR340_PrestatieWithOtherCodeInSameCategorie_9340(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        var otherCode = new Messages.Model.Product(t.Categorie, standard == Standard.Ijw ? "45A49" : "02A02");

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, product: otherCode)), "P-1", "9340");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR307_PrestatieFromIngangsdatum_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 10, 10))));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, periode: new(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 31)))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR307_PrestatieBeginsBeforeIngangsdatum_9307(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 10, 10))));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001)), "P-1", "9307");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR308_PrestatieUntilEinddatum_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, einde: new DateOnly(2026, 10, 20))));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, periode: new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 20)))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR308_PrestatieEndsAfterEinddatum_9308(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, einde: new DateOnly(2026, 10, 20))));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001)), "P-1", "9308");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR341_MinutesAgainstHours_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 480, eenheid: "01", tarief: 100)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR341_EtmaalAgainstHours_9341(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 2, eenheid: "14")), "P-1", "9341");
    }

    /// <summary>A granted prestatie forbids deleting its toewijzing.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR385_DeletionAfterGrantedPrestatie_9385(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));

        await t.RefusedAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0))), Product1, "9385");
    }

    /// <summary>A 325 that rejects one prestatie still grants the others: their toewijzing can no longer be deleted.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR385_DeletionAfterPartlyGrantedDeclaratie_9385(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5999)), "P-2", "9338");

        await t.RefusedAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0))), Product1, "9385");
    }

    /// <summary>A prestatie the 325 rejected was not granted: the toewijzing may still be deleted.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR385_DeletionAfterOnlyRejectedPrestatie_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, product: t.OtherProduct), t.Prestatie("P-2", 5002, product: t.OtherProduct)), "P-1", "9339");

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0)), t.Toewijzing(5002, t.OtherProduct)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR314_NewReferentieNummer_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 4, periode: Declaraties.September)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 4)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR314_ReferentieNummerOfEarlierDeclaratie_8021(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 4, periode: Declaraties.September)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 4)), "P-1", "8021");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR333_NewDeclaratieNummer_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        await t.GrantedAsync(t.Bericht323WithNummer("D202610A", t.Prestatie("P-1", 5001, volume: 4, periode: Declaraties.September)));

        await t.GrantedAsync(t.Bericht323WithNummer("D202610B", t.Prestatie("P-2", 5001, volume: 4)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR333_DeclaratieNummerUsedBefore_9333OnDeclaratieAntwoord(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323WithNummer("D202610A", t.Prestatie("P-1", 5001, volume: 4)));

        await t.DeclaratieRejectedAsync(t.Bericht323WithNummer("D202610A", t.Prestatie("P-2", 5001, volume: 4)), "9333");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR323_TR390_CreditOfGrantedDebit_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, dc: "C", vorig: "P-1")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR323_CreditOfUnknownDebit_8017(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, dc: "C", vorig: "P-9")), "P-2", "8017");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR323_CreditOfRejectedDebit_8017(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, product: t.OtherProduct), t.Prestatie("P-2", 5002, product: t.OtherProduct)), "P-1", "9339");

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-3", 5001, dc: "C", vorig: "P-1")), "P-3", "8017");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR390_SecondCreditOfSameDebit_9390(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, dc: "C", vorig: "P-1")));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-3", 5001, dc: "C", vorig: "P-1")), "P-3", "9390");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_MonthVolumeInMinutes_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 8 * 60, eenheid: "01", tarief: 100)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_CreditOfMoreThanTheMonthAllows_NotJudgedOnVolume(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        var tooMuch = t.Prestatie("P-1", 5001, volume: (8 * 60) + 1, eenheid: "01", tarief: 100);
        await t.PrestatieRejectedAsync(t.Bericht323(tooMuch), "P-1", "9321");

        // Crediting the rejected debit is refused for that (8017), not again for its volume.
        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: (8 * 60) + 1, eenheid: "01", tarief: 100, dc: "C", vorig: "P-1")), "P-2", "8017");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_MoreThanTheMonthAllows_9321(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: (8 * 60) + 1, eenheid: "01", tarief: 100)), "P-1", "9321");
    }

    /// <summary>A credit gives its volume back: after crediting the first 6 hours, 5 more fit the total of 10.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_TotalAfterCredit_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, omvang: new Messages.Model.Omvang(10, "04", "6"))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 6)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 6, dc: "C", vorig: "P-1")));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-3", 5001, volume: 5)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_SumOverTheToewijzingsTotal_9322(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1), omvang: new Messages.Model.Omvang(10, "04", "6"))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 6, periode: Declaraties.September)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 5)), "P-2", "9322");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR369_WithinBudget_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, new Messages.Model.Product(t.Categorie, null), ingang: new DateOnly(2026, 9, 1), budget: 100000)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 60000, eenheid: "83", tarief: null, periode: Declaraties.September)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 40000, eenheid: "83", tarief: null)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR369_OverBudget_9369(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, new Messages.Model.Product(t.Categorie, null), ingang: new DateOnly(2026, 9, 1), budget: 100000)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 60000, eenheid: "83", tarief: null, periode: Declaraties.September)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 40001, eenheid: "83", tarief: null)), "P-2", "9369");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR387_PrestatieFromLaterIngangsdatum_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 10, 10))));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1, periode: new(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 31)))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR387_PrestatieNotFromTheFirstWhileToewijzingRuns_9387(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1), t.Prestatie("P-2", 5001, volume: 1, periode: new(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 31)))), "P-2", "9387");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR388_PrestatieUntilEarlierEinddatum_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, einde: new DateOnly(2026, 10, 20))));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1, periode: new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 20)))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR388_PrestatieNotUntilTheLastWhileToewijzingRuns_9388(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1), t.Prestatie("P-2", 5001, volume: 1, periode: new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 20)))), "P-2", "9388");
    }

    /// <summary>50 minutes at € 87,25 an hour: 7271 (unrounded per-minute tariff), though the prestatie shows 145 a minute.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR346_HoursAndMinutesAgainstHourlyTariff_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));

        await t.GrantedAsync(t.Bericht323(
            t.Prestatie("P-1", 5002, volume: 4, tarief: 8725, product: t.OtherProduct),
            t.Prestatie("P-2", 5001, volume: 50, eenheid: "01", tarief: 145) with { IngediendBedrag = new Messages.Model.BedragMetDC(7271, "D") }));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR346_BedragNotVolumeTimesTarief_9346(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));

        await t.PrestatieRejectedAsync(
            t.Bericht323(
                t.Prestatie("P-1", 5002, volume: 4, tarief: 8725, product: t.OtherProduct),
                t.Prestatie("P-2", 5001, volume: 4, tarief: 8725) with { IngediendBedrag = new Messages.Model.BedragMetDC(34899, "D") }),
            "P-2",
            "9346");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR346_MinutesAmountNoHourTariffExplains_9346(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(
            t.Bericht323(t.Prestatie("P-1", 5001, volume: 50, eenheid: "01", tarief: 145) with { IngediendBedrag = new Messages.Model.BedragMetDC(7300, "D") }),
            "P-1",
            "9346");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR389_SecondDebitAfterGrantedCredit_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 1, dc: "C", vorig: "P-1")));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-3", 5001, volume: 1)));
    }

    /// <summary>Also TR318: a correction on the last period (credit and replacing debit) may repeat its DeclaratiePeriode.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR389_TR318_SecondDebitWithCreditInSameMessage_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1)));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 1, dc: "C", vorig: "P-1"), t.Prestatie("P-3", 5001, volume: 2)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR389_SecondDebitWithoutCredit_9389(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5002, volume: 1, product: t.OtherProduct), t.Prestatie("P-3", 5001, volume: 1)), "P-3", "9389");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR319_CurrentAndEarlierProductPeriode_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 1, periode: Declaraties.September), t.Prestatie("P-2", 5001, volume: 1)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR319_ProductPeriodeAfterDeclaratiePeriode_9319(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        var bericht = t.Bericht323(t.Prestatie("P-1", 5001, volume: 1, periode: Declaraties.September), t.Prestatie("P-2", 5001, volume: 1));

        // Declared over September (a November ProductPeriode would end after the Dagtekening: level 2), while P-2 is October.
        await t.PrestatieRejectedAsync(bericht.Over(Declaraties.September), "P-2", "9319");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_NextMonth_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, periode: Declaraties.September)).Over(Declaraties.September));

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001)));
    }

    /// <summary>Nothing delivered in September: the October declaration may follow the August one.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_GapWithoutDelivery_Granted(Standard standard)
    {
        var (gateway, t) = await StartDeclaredOverAugustAsync(standard);
        await using var _ = gateway;

        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-2", 5001)));
    }

    /// <summary>IV090: a late September prestatie goes into a later declaration, never into one over September after October.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_EarlierThanTheLastDeclaratiePeriode_8214(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001)));

        await t.DeclaratieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, periode: Declaraties.September)).Over(Declaraties.September), "8214");
    }

    /// <summary>September care declared in October after August: September was delivered, so the period after August is September.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_GapWhileCareWasDelivered_8214(Standard standard)
    {
        var (gateway, t) = await StartDeclaredOverAugustAsync(standard);
        await using var _ = gateway;

        await t.DeclaratieRejectedAsync(t.Bericht323(t.Prestatie("P-2", 5001, periode: Declaraties.September), t.Prestatie("P-3", 5001)), "8214");
    }

    /// <summary>Toewijzing 5001 for the client and 5002 for another client, both at this provider.</summary>
    private static async Task<(TestGateway Gateway, Traffic Traffic)> StartWithTwoClientsAsync(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.SentAsync(t.Bericht301(Traffic.OtherBsn, t.Toewijzing(5002)));
        return (gateway, t);
    }

    /// <summary>A toewijzing from August and a granted declaration over August.</summary>
    private static async Task<(TestGateway Gateway, Traffic Traffic)> StartDeclaredOverAugustAsync(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 8, 1))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, periode: Declaraties.Augustus)).Over(Declaraties.Augustus));
        return (gateway, t);
    }

    internal static async Task<(TestGateway Gateway, Traffic Traffic)> StartAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        return (gateway, new Traffic(gateway, standard));
    }
}
