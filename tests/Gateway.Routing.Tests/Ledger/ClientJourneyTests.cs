using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger;

/// <summary>A client's journey through the real pipeline with the SQLite ledger, for both standards.</summary>
public sealed class ClientJourneyTests
{
    private const string Line1 = "/Bericht/Client/StartProducten/StartProduct[1]";
    private const string Line2 = "/Bericht/Client/StartProducten/StartProduct[2]";
    private const string Stop1 = "/Bericht/Client/StopProducten/StopProduct[1]";

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task Journey_AllocateStartPauseStopRestart_EveryAnswerAsTheStandardSays(Standard standard)
    {
        await using var gateway = await TestGateway.StartAsync(ledger: true);
        var t = new Traffic(gateway, standard);
        var begin = new DateOnly(2026, 10, 5);

        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(7001)));
        await t.AcceptedAsync(t.Bericht305(t.Start(7001, begin)));

        // A wrong start date is corrected: delete the old key and add the new one in one message (IV008).
        await t.AcceptedAsync(t.Bericht305(t.Start(7001, begin, "3"), t.Start(7001, begin.AddDays(1))));
        begin = begin.AddDays(1);
        await t.RejectedAsync(t.Bericht305(t.Start(7001, begin.AddDays(3))), Line1, "9326");

        await t.AcceptedAsync(t.Bericht307(t.Stop(7001, begin, Traffic.Tijdelijk, new DateOnly(2026, 10, 12))));
        await t.RejectedAsync(t.Bericht307(t.Stop(7001, begin, Traffic.Tijdelijk, new DateOnly(2026, 10, 14))), Stop1, "9413");
        await t.AcceptedAsync(t.Bericht307(t.Stop(7001, begin, Traffic.Definitief, new DateOnly(2026, 10, 20))));

        // The definitive stop had the wrong date: delete it, then send the right one.
        await t.AcceptedAsync(t.Bericht307(t.Stop(7001, begin, Traffic.Definitief, new DateOnly(2026, 10, 20), "3")));
        await t.AcceptedAsync(t.Bericht307(t.Stop(7001, begin, Traffic.Definitief, new DateOnly(2026, 10, 21))));
        await t.RejectedAsync(t.Bericht305(t.Start(7001, begin, "3")), Line1, "9071");

        // Restart on the same toewijzing, then a rejected message must leave the ledger as it was.
        var restart = new DateOnly(2026, 11, 2);
        await t.AcceptedAsync(t.Bericht305(t.Start(7001, restart)));
        await t.RejectedAsync(t.Bericht305(t.Start(7001, restart, "3"), t.Start(7999, restart)), Line2, "9019");
        await t.RejectedAsync(t.Bericht305(t.Start(7001, restart)), Line1, "9074");
        await t.AcceptedAsync(t.Bericht307(t.Stop(7001, restart, Traffic.Definitief, new DateOnly(2026, 11, 9))));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task RejectedMessage_LeavesTheLedgerUntouched(Standard standard)
    {
        await using var gateway = await TestGateway.StartAsync(ledger: true);
        var t = new Traffic(gateway, standard);
        var begin = new DateOnly(2026, 10, 5);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(7001)));

        await t.RejectedAsync(t.Bericht305(t.Start(7001, begin), t.Start(7999, begin)), Line2, "9019");

        // Had the rejected message's valid line been recorded, this would be 9074.
        await t.AcceptedAsync(t.Bericht305(t.Start(7001, begin)));
    }
}
