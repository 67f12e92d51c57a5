using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>The checks the provider will run on our outbound 301 and 319, run before sending through the real pipeline.</summary>
public sealed class OutboundRulesTests
{
    private const string Product1 = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]";
    private const string Antwoord = "/Bericht/Antwoord";

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR332_ExtensionOfTheSameToewijzing_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, einde: new DateOnly(2027, 12, 31), reden: "14", tijd: new TimeOnly(12, 0))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR332_NumberUsedForAnotherClient_9332(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.RefusedAsync(t.Bericht301(Traffic.OtherBsn, t.Toewijzing(5001)), Product1, "9332");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR379_HonouringAReceivedVot_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-1")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR379_ReferenceWithoutARequest_9379(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;

        await t.RefusedAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-9")), Product1, "9379");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR379_ReferenceAlreadyHonouredByAnotherToewijzing_9379(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-1")));

        await t.RefusedAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5002, t.OtherProduct, referentie: "VOT-1")), Product1, "9379");
    }

    /// <summary>No declaration was approved on the toewijzing: the deletion passes (the failing cases are in DeclaratieRulesTests).</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR385_DeletionWithoutApprovedDeclarations_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR056_OutboundSameIdentificatieOtherContent_9056(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        var first = t.Bericht301(Traffic.Bsn, t.Toewijzing(5001));
        await t.SentAsync(first);

        await t.RefusedAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)) with { Header = first.Header }, ClassPaths.Header, "9056");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR056_BackOfficeRetourReusingTheIdentificatieRetourOfTheGateways_9056(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        var (_, retour) = await t.ReceiveAsync(t.Bericht305(t.Start(5001, Traffic.Ingang)));
        var own = (Bericht306)retour!;

        await t.RefusedAsync(own with { Header = own.Header with { DagtekeningRetour = own.Header.DagtekeningRetour.AddDays(-1) } }, ClassPaths.Header, "9056");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task OP087_301OmittingACurrentToewijzing_Refused(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        var receipt = await t.SubmitAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5002, t.OtherProduct)));

        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal((3, "/Bericht/Client"), (issue.Level, issue.Path));
        Assert.Equal("OP087", issue.Code);
        Assert.Contains("OP087", receipt.Reason, StringComparison.Ordinal);
        Assert.Contains("omits a toewijzing", receipt.Reason, StringComparison.Ordinal);
        Assert.Contains("Missing ToewijzingNummer(s): 5001.", receipt.Reason, StringComparison.Ordinal);
        Assert.Contains("Missing ToewijzingNummer(s): 5001.", issue.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task OP087_301CarryingEveryCurrentToewijzing_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task OP087_EndedOrOtherClientsToewijzingen_NotRequired(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, einde: Traffic.Dagtekening.AddDays(-1))));
        await t.SentAsync(t.Bericht301(Traffic.OtherBsn, t.Toewijzing(5003)));

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5002, t.OtherProduct)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR355_AnswerOnAReceivedVot_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));

        await t.SentAsync(t.Bericht319("VOT-1", "2"));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR355_AnswerOnAnUnknownReference_9355(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;

        await t.RefusedAsync(t.Bericht319("VOT-9", "1"), Antwoord, "9355");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR359_AnswerAfterTheToewijzing_9359(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-1")));

        await t.RefusedAsync(t.Bericht319("VOT-1", "1"), Antwoord, "9359");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR360_TR365_RejectionAfterInOnderzoek_Queued(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht319("VOT-1", "2"));

        await t.SentAsync(t.Bericht319("VOT-1", "1"));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR360_SecondInOnderzoek_9360(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht319("VOT-1", "2"));

        await t.RefusedAsync(t.Bericht319("VOT-1", "2"), Antwoord, "9360");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR365_SecondAnswerAfterARejection_9365(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        await t.SentAsync(t.Bericht319("VOT-1", "1"));

        await t.RefusedAsync(t.Bericht319("VOT-1", "1"), Antwoord, "9365");
    }

    private static async Task<(TestGateway, Traffic)> StartAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        return (gateway, new Traffic(gateway, standard));
    }
}
