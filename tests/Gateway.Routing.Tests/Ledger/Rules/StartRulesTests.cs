using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>Level-3 rules on the 305, each with a passing and a failing sequence through the real pipeline.</summary>
public sealed class StartRulesTests
{
    private const string Line1 = "/Bericht/Client/StartProducten/StartProduct[1]";
    private static readonly DateOnly Begin = new(2026, 10, 5);

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StartOnSentToewijzing_Accepted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StartOnUnknownToewijzing_9019(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.RejectedAsync(t.Bericht305(t.Start(5999, Begin)), Line1, "9019");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StartOnToewijzingDeletedWithReden13_9019(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0))));

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin)), Line1, "9019");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StartOnToewijzingTheProviderAcceptedIn302_Accepted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await SentAndAnsweredAsync(gateway, t, t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)), MessageOutcome.Accepted());

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StartOnToewijzingTheProviderRejectedIn302_9019(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await SentAndAnsweredAsync(gateway, t, t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)), MessageOutcome.RejectedAtLevel2());

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin)), Line1, "9019");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_NewVersionRejectedIn302_EarlierVersionStillCounts(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await SentAndAnsweredAsync(gateway, t, t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)), MessageOutcome.Accepted());

        // The provider refuses the deletion on its ToegewezenProduct: the toewijzing it took on stays.
        var deletion = t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, reden: "13", tijd: new TimeOnly(11, 0)));
        await SentAndAnsweredAsync(gateway, t, deletion, MessageOutcome.RejectedClasses([new ClassRejection("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]", "9332")]));

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_TaakgerichtStartWithoutNummer_NotAgreedByDefault_9019(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht305(t.Start(null, Begin)), Line1, "9019");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR056_SameIdentificatieOtherContent_9056OnHeader(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        var first = t.Bericht305(t.Start(5001, Begin));
        await t.AcceptedAsync(first);

        var second = t.Bericht305(t.Start(5002, Begin)) with { Header = first.Header };
        await t.RejectedAsync(second, ClassPaths.Header, "9056");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR056_NewIdentificatie_Accepted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001), t.Toewijzing(5002, t.OtherProduct)));
        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));

        await t.AcceptedAsync(t.Bericht305(t.Start(5002, Begin)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR063_DeleteOfSentStart_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin, "3")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR063_DeleteOfStartNeverSent_9063(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin.AddDays(1), "3")), Line1, "9063");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR071_DeleteStartAfterStop_9071(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, new DateOnly(2026, 10, 30))));

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin, "3")), Line1, "9071");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR071_DeleteStartAfterItsStopWasDeleted_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        var einde = new DateOnly(2026, 10, 30);
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, einde)));
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, einde, "3")));

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin, "3")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR074_SameStartKeyAgain_9074(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin)), Line1, "9074");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR074_SameKeyAfterDeletion_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin, "3")));

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR326_SecondStartWhileDeliveryRuns_9326(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht305(t.Start(5001, Begin.AddDays(7))), Line1, "9326");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR326_CorrectedStartDeletingTheOldKeyInTheSameMessage_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin, "3"), t.Start(5001, Begin.AddDays(2))));
    }

    /// <summary>The back office's 301 is sent, and the provider answers it with a 302 of this outcome.</summary>
    private static async Task SentAndAnsweredAsync(TestGateway gateway, Traffic t, Bericht301 toewijzing, MessageOutcome outcome)
    {
        await t.SentAsync(toewijzing);
        var receipt = await gateway.ReceiveAsync(BerichtWriter.ToBytes(new ProviderRetours(gateway.Time).Build(toewijzing, outcome)));
        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
    }

    private static async Task<(TestGateway, Traffic)> StartAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        return (gateway, new Traffic(gateway, standard));
    }

    private static async Task<(TestGateway, Traffic)> StartedAsync(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
        return (gateway, t);
    }
}
