using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>Level 1 is a transport error (Fo01 StUF055, no retour); level 2 is a retour with 0001.</summary>
public sealed class RejectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

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
}
