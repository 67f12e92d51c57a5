using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>Level-3 rules on the 315 and 317, each with a passing and a failing sequence through the real pipeline.</summary>
public sealed class VerzoekRulesTests
{
    private const string Aangevraagd1 = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]";
    private const string Client = "/Bericht/Client";
    private const string Verzoek = "/Bericht/Client/Verzoek";
    private const string TeWijzigen1 = "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]";
    private static readonly DateOnly Later = new(2026, 12, 1);

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR347_NewReferenceAfterRejection_Accepted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht319("VOT-1", "1"));

        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-2")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR347_ReferenceUsedBefore_9347(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht319("VOT-1", "1"));

        await t.RejectedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")), Aangevraagd1, "9347");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR347_VowReusingAVotReference_9347(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1", t.OtherProduct)));
        await t.SentAsync(t.Bericht319("VOT-1", "1"));

        await t.RejectedAsync(t.Bericht317("VOT-1", [5001], [Change(5002)]), Verzoek, "9347");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR374_SecondVotWhileFirstPending_9374(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));

        await t.RejectedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-2", t.OtherProduct)), Client, "9374");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR374_VowAfterTheVotWasHonoured_Accepted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-1")));

        await t.AcceptedAsync(t.Bericht317("VOW-1", teWijzigen: [Change(5001)]));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR374_SecondVowWhileFirstPending_9374(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht317("VOW-1", [5001], [Change(5002)]));

        await t.RejectedAsync(t.Bericht317("VOW-2", [5001], [Change(5002)]), Verzoek, "9374");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task Vow_CompleteAndConsistent_PassesTR304TR349TR350TR351TR357TR361TR373TR375TR411TR412(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.AcceptedAsync(t.Bericht317("VOW-1", [5001], [Change(5002)]));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR304_VowForAnotherClientsToewijzing_8187(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", teWijzigen: [Change(5002)], bsn: Traffic.OtherBsn), Client, "8187");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR349_VowMissingAnActualToewijzing_9349(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", teWijzigen: [Change(5002)]), Verzoek, "9349");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR350_OngewijzigdProductNotActual_9350(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001, 5999], [Change(5002)]), "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]", "9350");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR351_TeWijzigenProductNotActual_9351(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001, 5002], [Change(5999)]), TeWijzigen1, "9351");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR357_PastGewensteIngangsdatumOtherThanOriginal_9357(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001], [Change(5002) with { GewensteIngangsdatum = new DateOnly(2026, 11, 1) }]), TeWijzigen1, "9357");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR361_NewProductOverlapsAnUnchangedOne_9361(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;
        var nieuw = new NieuwProduct { Product = t.Product, GewensteIngangsdatum = Later, Einddatum = new DateOnly(2027, 3, 31), Omvang = new Omvang(4, "04", "4") };

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001, 5002], nieuw: [nieuw]), "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]", "9361");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR373_BudgetChangeFromTheOriginalIngangsdatum_Accepted(Standard standard)
    {
        var (gateway, t) = await BudgetAsync(standard);
        await using var _ = gateway;

        await t.AcceptedAsync(t.Bericht317("VOW-1", [5001], [new TeWijzigenProduct { ToewijzingNummer = 5004, GewensteIngangsdatum = Traffic.Ingang, Budget = 150000, Einddatum = new DateOnly(2027, 9, 30) }]));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR373_BudgetChangeFromALaterDate_9373(Standard standard)
    {
        var (gateway, t) = await BudgetAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001], [new TeWijzigenProduct { ToewijzingNummer = 5004, GewensteIngangsdatum = Later, Budget = 150000, Einddatum = new DateOnly(2027, 9, 30) }]), TeWijzigen1, "9373");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR375_OmvangOnAGenericToewijzing_9375(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        await using var _ = gateway;
        var t = new Traffic(gateway, standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, new ToegewezenProduct
        {
            ToewijzingNummer = 5005, Toewijzingsdatum = Traffic.Ingang, Toewijzingstijd = new TimeOnly(10, 0), Ingangsdatum = Traffic.Ingang, Einddatum = new DateOnly(2027, 9, 30), Budget = 200000,
        }));

        await t.RejectedAsync(t.Bericht317("VOW-1", teWijzigen: [new TeWijzigenProduct { ToewijzingNummer = 5005, GewensteIngangsdatum = Later, Omvang = new Omvang(4, "04", "4") }]), TeWijzigen1, "9375");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR411_NoOmvangForASpecificToewijzing_9411(Standard standard)
    {
        var (gateway, t) = await AllocatedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001], [new TeWijzigenProduct { ToewijzingNummer = 5002, GewensteIngangsdatum = Later, Einddatum = new DateOnly(2027, 6, 30) }]), TeWijzigen1, "9411");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR412_OmvangForAnAspecificToewijzing_9412(Standard standard)
    {
        var (gateway, t) = await BudgetAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht317("VOW-1", [5001], [new TeWijzigenProduct { ToewijzingNummer = 5004, GewensteIngangsdatum = Traffic.Ingang, Omvang = new Omvang(4, "04", "4") }]), TeWijzigen1, "9412");
    }

    private static TeWijzigenProduct Change(long nummer) =>
        new() { ToewijzingNummer = nummer, GewensteIngangsdatum = Later, Omvang = new Omvang(10, "04", "4") };

    private static async Task<(TestGateway, Traffic)> StartAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        return (gateway, new Traffic(gateway, standard));
    }

    /// <summary>Two specific toewijzingen (5001, 5002) for the client.</summary>
    private static async Task<(TestGateway, Traffic)> AllocatedAsync(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        return (gateway, t);
    }

    /// <summary>A specific toewijzing (5001) and an aspecific one with a budget (5004) for the client.</summary>
    private static async Task<(TestGateway, Traffic)> BudgetAsync(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5004, new Product(t.OtherProduct.Categorie), budget: 100000)));
        return (gateway, t);
    }
}
