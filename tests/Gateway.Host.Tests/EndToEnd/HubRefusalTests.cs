using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.HubSimulator.Hub;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>The hub answers a 301 with a final Fo01: refused by the hub, its back office told, nothing retried.</summary>
public sealed class HubRefusalTests : IAsyncLifetime
{
    private const string Us = "regio-voorbeeld";

    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Fo01IB002OnOutbound301_RefusedByHubBackOfficeToldNothingRetried()
    {
        _gateway.Simulator.Behaviour.Mode = HubReplyMode.Fo01;
        _gateway.Simulator.Behaviour.Fo01Code = "IB002";
        var document = Some.BackOfficeDocuments().Toewijzing("0363", Some.Agb(_gateway.Simulator), Some.Client(_gateway.Simulator, "0363").Bsn);

        using var response = await _gateway.SubmitAsync("0363", document);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var messageId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messageId").GetInt64();
        Assert.True(await RunningGateway.EventuallyAsync(() => StateOf(messageId) == MessageState.RefusedByHub, Patience), "the 301 did not move to refused-by-hub");
        Assert.True(
            await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.Gemeentecode == "0363" && r.Kind == nameof(MessageKind.TransportError)), Patience),
            "back office 0363 was not told");
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));

        var notice = Encoding.UTF8.GetString(Assert.Single(_gateway.Sink.Received, r => r.Kind == nameof(MessageKind.TransportError)).Payload);
        Assert.Contains("code=\"IB002\"", notice, StringComparison.Ordinal);
        Assert.Contains($"messageId=\"{messageId}\"", notice, StringComparison.Ordinal);
        var parked = Assert.Single(await _gateway.Store.ListDeliveriesAsync(new DeliveryQuery(null, DeliveryDestination.Hub)), d => d.MessageId == messageId);
        Assert.Equal(DeliveryState.RefusedByHub, parked.State);
        Assert.Equal(1, parked.Attempts);
        Assert.Single(_gateway.Simulator.Traffic.Received, m => m.Functie == "JW301");
        Assert.Empty(await _gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered)));

        using var listed = await _gateway.OperatorAsync(HttpMethod.Get, "queue?state=RefusedByHub");
        Assert.Contains(JsonDocument.Parse(await listed.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetInt64() == parked.Id);
        using var timeline = await _gateway.OperatorAsync(HttpMethod.Get, $"messages/{messageId}/timeline");
        var text = await timeline.Content.ReadAsStringAsync();
        Assert.Contains(MessageEventTypes.HubRefused, text, StringComparison.Ordinal);
        Assert.Contains("IB002", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaterFo01IB005OnOurRetour_RefusedByHubBackOfficeTold()
    {
        var start = RoundTripTests.Build(_gateway.Simulator, MessageCode.Start, "0363");
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(start);
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer && m.Berichtcode == GgkBerichtcode.Du01), Patience));
        var ours = _gateway.Simulator.Traffic.Received.Single(m => m.CrossRefnummer == sent.Referentienummer).Referentienummer;
        StoredMessage answer;
        await using (var tx = await _gateway.Store.BeginAsync())
        {
            answer = (await tx.FindByEnvelopeAsync(Us, ours))!;
        }

        var fo01 = new GgkFoutbericht(
            new GgkStuurgegevens(GgkBerichtcode.Fo01, new GgkParty("IB", "GGKWebservice"), new GgkParty(Us, "gateway"), GgkReferentienummer.New(), GgkTijdstip.FromInstant(DateTimeOffset.UtcNow), ours),
            "IB005",
            "server",
            "Gemeentecode onbekend bij het GGk.");
        using var content = new ByteArrayContent(GgkSoap.ToBytes(fo01));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        using var reply = await _gateway.Http.PostAsync("ggk", content);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal(MessageState.RefusedByHub, StateOf(answer.Id));
        Assert.Contains(await _gateway.Store.GetTimelineAsync(answer.Id), e => e.Type == MessageEventTypes.HubRefused && e.Detail!.Contains("IB005", StringComparison.Ordinal));
        Assert.True(
            await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.Kind == nameof(MessageKind.TransportError) && Encoding.UTF8.GetString(r.Payload).Contains($"messageId=\"{answer.Id}\"", StringComparison.Ordinal)), Patience),
            "back office 0363 was not told");
    }

    private MessageState? StateOf(long messageId) => _gateway.Store.GetMessageAsync(messageId).GetAwaiter().GetResult()?.State;
}
