using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Jobs;

/// <summary>The running gateway moves its store to new keys in the background, and keeps routing and checking the ledger meanwhile.</summary>
public sealed class RotateKeysJobTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Restart_WithNewPayloadAndHashKeys_RowsMovedInTheBackgroundLedgerStillMatches()
    {
        var toewijzing = (await Allocations.AllocateAsync(_gateway, "0363"))[0];
        var copy = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0363");
        var bytes = BerichtWriter.ToBytes(copy);
        var envelope = Some.Envelope(copy, bytes);
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(envelope)).Reply);
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        await _gateway.StopGatewayAsync();

        var storage = JsonNode.Parse(await File.ReadAllTextAsync(_gateway.ConfigPath))!["Gateway"]!["Storage"]!;
        _gateway.Override("Gateway:Storage:EncryptionKeyId", "2");
        _gateway.Override("Gateway:Storage:EncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _gateway.Override("Gateway:Storage:RetiredEncryptionKeys:1", storage["EncryptionKey"]!.GetValue<string>());
        _gateway.Override("Gateway:Storage:BsnHashKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _gateway.Override("Gateway:Storage:PreviousBsnHashKeys:0", storage["BsnHashKey"]!.GetValue<string>());
        _gateway.Override("Gateway:Storage:KeyRotation:BatchSize", "2");
        _gateway.Override("Gateway:Jobs:KeyRotationSweep", "00:00:00.2");
        await _gateway.StartGatewayAsync();

        var rotation = _gateway.Services.GetRequiredService<StoreKeyRotation>();
        Assert.Equal(new ServingKeys("2", 1), await rotation.ServingKeysAsync());
        var left = true;
        for (var poll = 0; poll < 600 && left; poll++)
        {
            left = await rotation.AnyLeftAsync();
            if (left)
            {
                await Task.Delay(100);
            }
        }

        Assert.False(left, "the background sweep did not move every row to the new keys");
        Assert.True((await rotation.ProgressAsync()).Done);

        // The ledger still knows the client: a start on the toewijzing is accepted (no 9019) and routed.
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(_gateway.Simulator.Provider.Messages.Start(toewijzing));
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var retour = Assert.Single(_gateway.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.DoesNotContain("9019", retour.PayloadText, StringComparison.Ordinal);
        Assert.True((await _gateway.Store.FindByBsnAsync(toewijzing.Client.Bsn)).Count >= 2);

        // Its dedup key and envelope hashes moved to the new key too: the same envelope, and the same message in a new
        // envelope, are still copies (no second effect), and the sealed envelope still opens.
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(envelope)).Reply);
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(Some.Envelope(copy, bytes))).Reply);
        await using var tx = await _gateway.Store.BeginAsync();
        var stored = await tx.FindByDedupKeyAsync(new DedupKey(copy.Standard, copy.Code, copy.Header.Afzender, copy.Header.BerichtIdentificatie.Identificatie));
        Assert.NotNull(stored);
        Assert.Equal(stored.Id, (await tx.FindByEnvelopeAsync(envelope.Stuurgegevens.Zender.Organisatie, envelope.Referentienummer))?.Id);
        Assert.Equal(envelope.Referentienummer, stored.Envelope?.Referentienummer);
        Assert.Equal(2, (await _gateway.Store.GetTimelineAsync(stored.Id)).Count(e => e.Type == MessageEventTypes.DuplicateReceived));
    }
}
