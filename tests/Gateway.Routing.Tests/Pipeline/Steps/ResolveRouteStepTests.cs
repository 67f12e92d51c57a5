using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Contracts;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline.Steps;

/// <summary>
/// Mergers over the real pipeline, a real SQLite file and the fake clock (10 November 2026), in the test region
/// (Utrecht 0344, Amsterdam 0363) with the sample reference data: Weesp 0457 merged into Amsterdam on 2022-03-24,
/// Beemster 0370 into Purmerend 0439, which is not in the region.
/// </summary>
public sealed class ResolveRouteStepTests : IDisposable
{
    private static readonly DateOnly BeforeWeespMerged = new(2022, 1, 3);
    private readonly RegionFiles _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public async Task Inbound_305ToACodeMergedIntoTheRegion_RoutedToTheSuccessorAndAnsweredWithTheSendersCode()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0363" };
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(7001, ingang: BeforeWeespMerged, datum: t.Today)));

        gateway.Time.Advance(TimeSpan.FromDays(1));
        t.Today = t.Today.AddDays(1);
        t.GemeenteCode = "0457";
        var (receipt, answer) = await t.ReceiveAsync(t.Bericht305(t.Start(7001, new DateOnly(2026, 11, 2), ingang: BeforeWeespMerged)));

        Assert.True(receipt.Disposition == InboundDisposition.Accepted, $"{receipt.Disposition} {string.Join(",", receipt.RetourCodes)}");
        Assert.IsType<Bericht306>(answer);
        Assert.Equal("0457", MessageFacts.GemeentecodeOf(answer));
        Assert.Empty(Traffic.CodesAt(answer, ClassPaths.Header));
        var routes = await gateway.RoutesAsync();
        Assert.Contains("305→backoffice:0363", routes);
        Assert.Contains("306→backoffice:0363", routes);
        Assert.Contains("306→hub", routes);
        Assert.DoesNotContain(routes, r => r.EndsWith("backoffice:0457", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inbound_305ToTheSuccessorForAToewijzingUnderTheMergedCode_FoundInTheJoinedHistory()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0457" };
        // Amsterdam's back office sends a 301 for an old Weesp toewijzing under the code it was allocated with.
        var sent = await SubmitAsync(gateway, t, 7002, BeforeWeespMerged, "0363");
        Assert.True(sent.Queued, sent.Reason);

        t.GemeenteCode = "0363";
        var (receipt, _) = await t.ReceiveAsync(t.Bericht305(t.Start(7002, new DateOnly(2026, 11, 2), ingang: BeforeWeespMerged)));

        Assert.True(receipt.Disposition == InboundDisposition.Accepted, $"{receipt.Disposition} {string.Join(",", receipt.RetourCodes)}");
        Assert.Contains("305→backoffice:0363", await gateway.RoutesAsync());
    }

    [Fact]
    public async Task Inbound_305ToACodeMergedOutsideTheRegion_HeaderRejectedWithS300AndNotRouted()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0370" };

        var (receipt, answer) = await t.ReceiveAsync(t.Bericht305(t.Start(7003, new DateOnly(2026, 11, 2), ingang: new DateOnly(2021, 6, 1))));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        Assert.NotNull(answer);
        Assert.Equal("0370", MessageFacts.GemeentecodeOf(answer));
        Assert.Equal(["S300"], Traffic.CodesAt(answer, ClassPaths.Header));
        Assert.Equal(["306→hub"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task Outbound_CodeMergedOutsideTheRegion_RefusedNamingTheSuccessor()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0370" };

        var receipt = await SubmitAsync(gateway, t, 7004, new DateOnly(2021, 6, 1), "0363");

        Assert.False(receipt.Queued);
        Assert.Contains("successor is 0439 (Purmerend)", receipt.Reason, StringComparison.Ordinal);
        Assert.Empty(await gateway.DeliveriesAsync());
    }

    [Fact]
    public async Task Outbound_AnotherBackOfficeForAMergedCode_Refused()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0457" };

        var receipt = await SubmitAsync(gateway, t, 7005, BeforeWeespMerged, "0344");

        Assert.False(receipt.Queued);
        Assert.Contains("may not send a message on behalf of gemeente 0457", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbound_CodeNeverInTheRegion_StillRefusedAtTheBoundary()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0599" };

        var receipt = await gateway.ReceiveAsync(BerichtWriter.ToBytes(t.Bericht305(t.Start(7006, new DateOnly(2026, 11, 2)))));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
    }

    /// <summary>The back office of <paramref name="backOffice"/> submits a 301 with the header <paramref name="t"/> builds.</summary>
    private static Task<OutboundReceipt> SubmitAsync(TestGateway gateway, Traffic t, long nummer, DateOnly ingang, string backOffice) =>
        gateway.Outbound.SubmitAsync(new OutboundSubmission(BerichtWriter.ToBytes(t.Bericht301(Traffic.Bsn, t.Toewijzing(nummer, ingang: ingang, datum: t.Today))), backOffice, "test"));

    private Task<TestGateway> StartAsync() =>
        TestGateway.StartAsync(ledger: true, contracts: new ContractsOptions { ReferencePath = _region.ReferencePath, CheckInterval = TimeSpan.Zero, CheckDagtekening = false });
}
