using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>Level-3 rules on the 307, each with a passing and a failing sequence through the real pipeline.</summary>
public sealed class StopRulesTests
{
    private const string Line1 = "/Bericht/Client/StopProducten/StopProduct[1]";
    private static readonly DateOnly Begin = new(2026, 10, 5);
    private static readonly DateOnly Einde = new(2026, 10, 20);

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR019_StopOnUnknownToewijzing_9019AndNoStartEither9069(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht307(t.Stop(5999, Begin, Traffic.Definitief, Einde)), Line1, "9019", "9069");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR382_StopCopiesTheStartKey_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR382_StopWithOtherBegindatumThanTheStart_9069(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin.AddDays(1), Traffic.Definitief, Einde)), Line1, "9069");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR063_DeleteOfStopNeverSent_9063(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde, "3")), Line1, "9063");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR063_DeleteOfSentStop_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde)));

        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde, "3")));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR074_SameStopKeyAgain_9074(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)));

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)), Line1, "9074");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR413_SecondTemporaryStop_9413(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)));

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde.AddDays(5))), Line1, "9413");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR413_DefinitiveAfterTemporary_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)));

        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde)));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR414_DefinitiveStopBeforeTheTemporaryStop_9414(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)));

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde.AddDays(-3))), Line1, "9414");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR414_DefinitiveStopAfterTheTemporaryStop_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Tijdelijk, Einde)));

        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde.AddDays(3))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR415_StopAfterDefinitiveStop_9415(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde)));

        await t.RejectedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde.AddDays(2))), Line1, "9415");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR415_CorrectedDefinitiveStopAfterDeletingTheFirst_Accepted(Standard standard)
    {
        var (gateway, t) = await StartedAsync(standard);
        await using var _ = gateway;
        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde)));

        await t.AcceptedAsync(t.Bericht307(t.Stop(5001, Begin, Traffic.Definitief, Einde, "3"), t.Stop(5001, Begin, Traffic.Definitief, Einde.AddDays(2))));
    }

    private static async Task<(TestGateway, Traffic)> StartedAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        var t = new Traffic(gateway, standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.AcceptedAsync(t.Bericht305(t.Start(5001, Begin)));
        return (gateway, t);
    }
}
