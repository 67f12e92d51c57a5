using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.HubSimulator;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Full round trips over loopback HTTP and a real SQLite file (a subclass runs them on PostgreSQL): every heen-bericht is
/// answered with its retour (correlated by crossRefnummer and by the store), and every accepted message reaches the right
/// back office — 0363 over HTTP, 0518 through its inbox directory.
/// </summary>
public class RoundTripTests : IAsyncLifetime
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync(await StoreSettingsAsync());

    /// <summary>The gateway under test.</summary>
    private protected RunningGateway Gateway => _gateway;

    /// <summary>The store settings of the gateway under test; none: the demo's SQLite file.</summary>
    private protected virtual Task<Dictionary<string, string?>?> StoreSettingsAsync() => Task.FromResult<Dictionary<string, string?>?>(null);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Theory]
    [InlineData(MessageCode.Start, "0363")]
    [InlineData(MessageCode.Stop, "0363")]
    [InlineData(MessageCode.VerzoekOmToewijzing, "0363")]
    [InlineData(MessageCode.VerzoekOmWijziging, "0518")]
    [InlineData(MessageCode.Declaratie, "0518")]
    [InlineData(MessageCode.Start, "0518")]
    public async Task ProviderHeenBericht_AnsweredAndRoutedToItsBackOffice(MessageCode code, string gemeentecode)
    {
        var bericht = await Allocations.CoherentAsync(_gateway, code, gemeentecode);
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(bericht);
        Assert.Equal("Bv03", sent.Reply);

        var answerCode = MessageCatalog.Get(code).AnswerCode!.Value;
        var functie = GgkFunctie.For(bericht.Standard, answerCode);
        Assert.True(
            await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.Functie == functie && m.CrossRefnummer == sent.Referentienummer), Patience),
            $"no {functie} with crossRefnummer {sent.Referentienummer} reached the hub");
        var answer = _gateway.Simulator.Traffic.Received.First(m => m.Functie == functie && m.CrossRefnummer == sent.Referentienummer);
        Assert.Equal(GgkBerichtcode.Du01, answer.Berichtcode);
        Assert.Contains(bericht.Header.BerichtIdentificatie.Identificatie, answer.PayloadText, StringComparison.Ordinal);

        Assert.True(await DeliveredToBackOfficeAsync(gemeentecode, (int)code, bericht.Header.BerichtIdentificatie.Identificatie), $"the {(int)code} did not reach back office {gemeentecode}");
        await using var tx = await _gateway.Store.BeginAsync();
        var stored = await tx.FindByEnvelopeAsync(bericht.Header.Afzender, sent.Referentienummer);
        Assert.NotNull(stored);
        var answers = await tx.FindAnswersAsync(stored.Id);
        Assert.Single(answers, a => a.Kind is MessageKind.Retour or MessageKind.DeclaratieAntwoord);
        Assert.Equal(["0200"], (await _gateway.Store.GetMessageAsync(stored.Id))!.RetourCodes);
    }

    [Fact]
    public async Task Toewijzing301FromHttpBackOffice_SentToHubAnsweredWith302RoutedBack()
    {
        var client = Some.Client(_gateway.Simulator, "0363");
        var document = Some.BackOfficeDocuments().Toewijzing("0363", Some.Agb(_gateway.Simulator), client.Bsn);

        using var response = await _gateway.SubmitAsync("0363", document);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var messageId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messageId").GetInt64();
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.Functie == "JW301" && m.Accepted), Patience), "the 301 did not reach the hub");
        var di01 = _gateway.Simulator.Traffic.Received.First(m => m.Functie == "JW301" && m.Accepted);
        Assert.True(await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.Gemeentecode == "0363" && r.MessageCode == "302"), Patience), "the 302 did not reach back office 0363");
        Assert.True(await RunningGateway.EventuallyAsync(() => StateOf(messageId) == MessageState.Answered, Patience), "the 301 was not correlated to its 302");
        var retour = _gateway.Simulator.Traffic.Sent.Single(s => s.Functie == "JW302");
        Assert.Equal(di01.Referentienummer, retour.CrossRefnummer);
    }

    [Fact]
    public async Task Antwoord319FromDirectoryBackOffice_PickedUpSentAnsweredWith320IntoInbox()
    {
        // The back office answers a request it received (TR355): the provider asks first.
        var verzoek = _gateway.Simulator.Provider.Messages.VerzoekOmToewijzing(Some.Client(_gateway.Simulator, "0518", Standard.Ijw), Some.Agb(_gateway.Simulator));
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendBerichtAsync(verzoek)).Reply);
        var document = Some.BackOfficeDocuments().AntwoordOp(BerichtWriter.ToBytes(verzoek))!;
        Directory.CreateDirectory(_gateway.Outbox("0518"));
        File.WriteAllBytes(Path.Combine(_gateway.Outbox("0518"), ".antwoord.tmp"), document);
        File.Move(Path.Combine(_gateway.Outbox("0518"), ".antwoord.tmp"), Path.Combine(_gateway.Outbox("0518"), "antwoord.xml"));

        Assert.True(await RunningGateway.EventuallyAsync(() => File.Exists(Path.Combine(_gateway.Outbox("0518"), "done", "antwoord.xml")), Patience), "the outbox file was not picked up");
        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.Functie == "JW319" && m.Accepted), Patience), "the 319 did not reach the hub");
        Assert.True(
            await RunningGateway.EventuallyAsync(() => Directory.Exists(_gateway.Inbox("0518")) && Directory.GetFiles(_gateway.Inbox("0518"), "*-jw320.xml").Length == 1, Patience),
            "the 320 did not land in the inbox of 0518");
        Assert.Empty(Directory.GetFiles(_gateway.Inbox("0518"), "*.tmp"));
    }

    [Fact]
    public async Task InvalidOutbound301_Refused422WithIssues_NeverSent()
    {
        var document = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Some.BackOfficeDocuments().Toewijzing("0363", Some.Agb(_gateway.Simulator), Some.Client(_gateway.Simulator, "0363").Bsn))
            .Replace("<jw301:BerichtSubversie>2</jw301:BerichtSubversie>", "<jw301:BerichtSubversie>9</jw301:BerichtSubversie>", StringComparison.Ordinal));

        using var response = await _gateway.SubmitAsync("0363", document);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(body.GetProperty("issues").EnumerateArray());
        await Task.Delay(1500);
        Assert.DoesNotContain(_gateway.Simulator.Traffic.Received, m => m.Functie == "JW301");
    }

    [Fact]
    public async Task BackOfficeApi_UnknownGemeente404_WrongKey403_NoKey401()
    {
        var document = Encoding.UTF8.GetBytes("<x/>");
        using var unknown = await _gateway.SubmitAsync("9999", document);
        using var wrongKey = await _gateway.SubmitAsync("0363", document, "backoffice-0599-key-change-me");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/backoffice/0363/messages") { Content = new ByteArrayContent(document) };
        using var noKey = await _gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    [Fact]
    public async Task HealthMetricsAndOperatorScope_Served()
    {
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0599"));
        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));

        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync("health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync("health/ready")).StatusCode);
        var metrics = await _gateway.Http.GetStringAsync("metrics");
        Assert.Contains("gateway_queue_depth{otel_scope_name=\"Gateway\",destination=\"hub\",state=\"Delivered\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_oldest_pending_age_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_messages_total{otel_scope_name=\"Gateway\",event=\"submitted\"} 1", metrics, StringComparison.Ordinal);
        Assert.Matches("gateway_messages_total\\{otel_scope_name=\"Gateway\",event=\"received\"\\} [12]\n", metrics);
        Assert.Contains("gateway_deliveries_total{otel_scope_name=\"Gateway\",result=\"ok\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_messages_by_retourcode{otel_scope_name=\"Gateway\",retourcode=\"0200\"}", metrics, StringComparison.Ordinal);

        using var noKey = await _gateway.Http.GetAsync("api/operator/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var region = await _gateway.OperatorAsync(HttpMethod.Get, "queue?destination=backoffice:0599");
        var regionPage = JsonDocument.Parse(await region.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(regionPage.GetProperty("items").EnumerateArray());
        Assert.Equal(regionPage.GetProperty("items").GetArrayLength(), regionPage.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, regionPage.GetProperty("next").ValueKind);
        using var amsterdam = await _gateway.OperatorAsync(HttpMethod.Get, "queue?destination=backoffice:0599", RunningGateway.AmsterdamOperatorKey);
        var amsterdamPage = JsonDocument.Parse(await amsterdam.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(amsterdamPage.GetProperty("items").EnumerateArray());
        Assert.Equal(0, amsterdamPage.GetProperty("total").GetInt64());
    }

    /// <summary>
    /// A heen-bericht for a made-up toewijzing, without a gateway to allocate through (HTTPS tests): the ledger does not
    /// know the toewijzing, so it is answered with a level-3 rejection. For coherent traffic use <see cref="Allocations"/>.
    /// </summary>
    internal static Bericht Build(HubSimulatorHandle simulator, MessageCode code, string gemeentecode)
    {
        var factory = simulator.Provider.Messages;
        var toewijzing = Some.Toewijzing(simulator, gemeentecode, Some.Client(simulator, gemeentecode, code == MessageCode.Declaratie ? Standard.Ijw : null));
        return code switch
        {
            MessageCode.Start => factory.Start(toewijzing),
            MessageCode.Stop => factory.Stop(toewijzing),
            MessageCode.VerzoekOmToewijzing => factory.VerzoekOmToewijzing(Some.Client(simulator, gemeentecode), Some.Agb(simulator)),
            MessageCode.VerzoekOmWijziging => factory.VerzoekOmWijziging(toewijzing),
            MessageCode.Declaratie => factory.Declaratie([toewijzing], new Random(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };
    }

    private MessageState? StateOf(long messageId) => _gateway.Store.GetMessageAsync(messageId).GetAwaiter().GetResult()?.State;

    private async Task<bool> DeliveredToBackOfficeAsync(string gemeentecode, int code, string identificatie)
    {
        if (gemeentecode == "0518")
        {
            return await RunningGateway.EventuallyAsync(
                () => Directory.Exists(_gateway.Inbox("0518"))
                    && Directory.GetFiles(_gateway.Inbox("0518"), $"*{code}.xml").Count(f => File.ReadAllText(f).Contains(identificatie, StringComparison.Ordinal)) == 1,
                Patience);
        }

        return await RunningGateway.EventuallyAsync(
            () => _gateway.Sink.Received.Any(r => r.Gemeentecode == gemeentecode && r.MessageCode == code.ToString(System.Globalization.CultureInfo.InvariantCulture) && Encoding.UTF8.GetString(r.Payload).Contains(identificatie, StringComparison.Ordinal)),
            Patience);
    }
}
