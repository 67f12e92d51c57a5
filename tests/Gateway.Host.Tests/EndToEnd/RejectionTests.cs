using System.Net;
using System.Text.Json;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Level 1 is a transport error (Fo01 StUF055, no retour); level 2 is a retour with 0001; level 3/4 (ledger and
/// contracts, on in the running gateway) a retour with the rule's code on the failing class, or, for a back office's
/// message, a refusal naming the rule.
/// </summary>
public sealed class RejectionTests : IAsyncLifetime
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;

    // The sender map lets 87654321 send as itself, so its message reaches the routing check for unknown providers.
    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync(new()
    {
        ["Gateway:Trust:Senders:90:Organisatie"] = "87654321",
        ["Gateway:Trust:Senders:90:Agb:0"] = "87654321",
    });

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Level1Rejection_Fo01StUF055ToTheHub_NoRetour_NotRouted()
    {
        var sent = await ProviderMischief.SendUnreadableAsync(_gateway.Simulator, new Random(3), CancellationToken.None);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        var replies = _gateway.Simulator.Traffic.Received.Where(m => m.CrossRefnummer == sent.Referentienummer).ToList();
        var fo01 = Assert.Single(replies);
        Assert.Equal(GgkBerichtcode.Fo01, fo01.Berichtcode);
        Assert.Contains("StUF055", fo01.PayloadText + fo01.FoutCode, StringComparison.Ordinal);
        Assert.Empty(_gateway.Sink.Received);
    }

    [Fact]
    public async Task Level2Rejection_RetourWith0001_NotRouted()
    {
        var sent = await ProviderMischief.SendRuleBreakAsync(_gateway.Simulator, new Random(4), CancellationToken.None);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var retour = Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.Equal(GgkBerichtcode.Du01, retour.Berichtcode);
        Assert.EndsWith("306", retour.Functie, StringComparison.Ordinal);
        Assert.Contains(">0001<", retour.PayloadText, StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.DoesNotContain(_gateway.Sink.Received, r => r.MessageCode == "305");
    }

    [Fact]
    public async Task HeenBerichtForAGemeenteOutsideTheRegion_RefusedWithAClearReason_NotRouted()
    {
        var client = Some.Client(_gateway.Simulator, "0363") with { Gemeente = "0344" };
        var start = _gateway.Simulator.Provider.Messages.Start(Some.Toewijzing(_gateway.Simulator, "0344", client));

        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(start);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var reply = Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.Equal(GgkBerichtcode.Fo01, reply.Berichtcode);
        await using var tx = await _gateway.Store.BeginAsync();
        var stored = await tx.FindByEnvelopeAsync(start.Header.Afzender, sent.Referentienummer);
        Assert.NotNull(stored);
        var timeline = await _gateway.Store.GetTimelineAsync(stored.Id);
        Assert.Contains(timeline, e => e.Detail?.Contains("0344 is not a gemeente of this region", StringComparison.Ordinal) == true);
        Assert.Empty(_gateway.Sink.Received);
    }

    [Fact]
    public async Task HeenBerichtFromAnUnknownProvider_RefusedWithAClearReason_NotRouted()
    {
        var toewijzing = Some.Toewijzing(_gateway.Simulator, "0363") with { Agb = "87654321" };
        var start = _gateway.Simulator.Provider.Messages.Start(toewijzing);

        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(start);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        Assert.Equal(GgkBerichtcode.Fo01, Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer).Berichtcode);
        await using var tx = await _gateway.Store.BeginAsync();
        var stored = await tx.FindByEnvelopeAsync("87654321", sent.Referentienummer);
        Assert.NotNull(stored);
        var timeline = await _gateway.Store.GetTimelineAsync(stored.Id);
        Assert.Contains(timeline, e => e.Detail?.Contains("87654321 is not a known provider", StringComparison.Ordinal) == true);
        Assert.Empty(_gateway.Sink.Received);
    }

    [Fact]
    public async Task StartForAToewijzingTheLedgerDoesNotKnow_Answered306With9019OnTheStartProduct_NotRouted()
    {
        var start = _gateway.Simulator.Provider.Messages.Start(Some.Toewijzing(_gateway.Simulator, "0363", Some.Client(_gateway.Simulator, "0363", Standard.Ijw)));

        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(start);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var retour = Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.Equal("JW306", retour.Functie);
        Assert.Matches(@"<jw306:Header>.*<jw306:RetourCode>0200</jw306:RetourCode>.*</jw306:Header>", Flat(retour.PayloadText));
        Assert.Matches(@"<jw306:StartProduct>.*<jw306:RetourCode>9019</jw306:RetourCode>.*</jw306:StartProduct>", Flat(retour.PayloadText));
        var metrics = await _gateway.Http.GetStringAsync("metrics");
        Assert.Contains("gateway_rule_rejections_total{otel_scope_name=\"Gateway\",retourcode=\"9019\",rule=\"TR019\"} 1", metrics, StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.DoesNotContain(_gateway.Sink.Received, r => r.MessageCode == "305");
    }

    [Fact]
    public async Task StartAfterTheBackOfficesToewijzing_Accepted0200_Routed()
    {
        var toewijzing = (await Allocations.AllocateAsync(_gateway, "0363"))[0];
        var start = _gateway.Simulator.Provider.Messages.Start(toewijzing);

        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(start);

        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var retour = Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.DoesNotContain("9019", retour.PayloadText, StringComparison.Ordinal);
        Assert.True(await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.MessageCode == "305"), Patience), "the accepted 305 did not reach back office 0363");
    }

    [Fact]
    public async Task Outbound301ForAProductTheProviderHasNoContractFor_Refused422WithTheCT01Reason_NeverSent()
    {
        var document = Some.BackOfficeDocuments().UncontractedToewijzing("0363", Some.Agb(_gateway.Simulator), Some.Client(_gateway.Simulator, "0363").Bsn);

        using var response = await _gateway.SubmitAsync("0363", document);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var issue = Assert.Single(body.GetProperty("issues").EnumerateArray());
        Assert.Equal("CT01", issue.GetProperty("code").GetString());
        Assert.Contains("not contracted with this provider", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("S329", issue.GetProperty("retourCode").GetString());
        Assert.Equal("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]", issue.GetProperty("path").GetString());
        Assert.Contains("CT01", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await Task.Delay(1500);
        Assert.DoesNotContain(_gateway.Simulator.Traffic.Received, m => m.Functie == "JW301");
        var metrics = await _gateway.Http.GetStringAsync("metrics");
        Assert.Contains("gateway_rule_rejections_total{otel_scope_name=\"Gateway\",retourcode=\"S329\",rule=\"CT01\"} 1", metrics, StringComparison.Ordinal);
    }

    private static string Flat(string xml) => xml.ReplaceLineEndings(" ");
}
