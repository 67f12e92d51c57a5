using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Host.Trust;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Who may send as whom, over real HTTP on 127.0.0.1 with a real SQLite file and the sample region's sender map: a
/// made-up zender, a provider sending as another, a certificate of the right CA that is not the zender's and an Fo01
/// from a provider are refused, audited as SenderRefused and never routed; the genuine cases still pass.
/// </summary>
public sealed class SenderTrustTests
{
    private const string PfxPassword = "pfx-password-change-me";
    private const string Us = "regio-voorbeeld";
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ForgedZender_Fo03Ib213_StoredRefusedWithSenderRefused_NothingRouted()
    {
        await using var env = await RunningGateway.StartAsync();

        var sent = await ProviderMischief.SendForgedZenderAsync(env.Simulator, new Random(5), CancellationToken.None);

        Assert.Equal(403, sent.HttpStatus);
        Assert.Equal("Fo03 " + SenderGate.UnknownSenderCode, sent.Reply);
        var refused = Assert.Single(await SenderRefusalsAsync(env));
        Assert.Contains($"Envelope zender {ProviderMischief.MadeUpZender} is not in the gateway's sender map", refused.Event.Detail, StringComparison.Ordinal);
        Assert.Equal(MessageState.Rejected, refused.Message.State);
        Assert.Equal(MessageCode.VerzoekOmToewijzing, refused.Message.Code);
        Assert.True(refused.Message.HasPayload, "the refused payload's first KB is kept for the operator");
        // An unknown sender cannot fill the disk: only the first KB is stored, with the hash and size of the whole.
        Assert.True(refused.Message.PayloadSize > RetentionPolicy.RefusedPayloadPrefix, $"the forged 315 is {refused.Message.PayloadSize} bytes");
        Assert.True(refused.Message.PayloadTrimmed);
        Assert.Equal(RetentionPolicy.RefusedPayloadPrefix, (await env.Store.ReadPayloadAsync(refused.Message.Id))!.Length);
        await using (var tx = await env.Store.BeginAsync())
        {
            Assert.Null(await tx.FindByEnvelopeAsync(ProviderMischief.MadeUpZender, sent.Referentienummer));
        }

        Assert.Contains("gateway_events_total{otel_scope_name=\"Gateway\",type=\"SenderRefused\"} 1", await env.Http.GetStringAsync("metrics"), StringComparison.Ordinal);
        Assert.True(await env.WaitForEmptyQueueAsync(Patience));
        Assert.DoesNotContain(env.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.Empty(env.Sink.Received);
        Assert.DoesNotContain(Directory.EnumerateFiles(env.Directory, "*.xml", SearchOption.AllDirectories), f => f.Contains("inbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgedAfzender_Fo01ToTheHub_StoredRefusedWithSenderRefused_NothingRouted()
    {
        await using var env = await RunningGateway.StartAsync();
        var aanbieders = env.Simulator.Provider.Region.Aanbieders;

        var sent = await ProviderMischief.SendForgedAfzenderAsync(env.Simulator, new Random(5), CancellationToken.None);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience));
        var fo01 = Assert.Single(env.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer);
        Assert.Equal(GgkBerichtcode.Fo01, fo01.Berichtcode);
        var refused = Assert.Single(await SenderRefusalsAsync(env));
        Assert.Matches(@"^Envelope zender \d{8} may not send for AGB \d{8} \(the payload's Afzender\)", refused.Event.Detail);
        Assert.Contains(aanbieders, a => refused.Event.Detail!.Contains("zender " + a.Agb, StringComparison.Ordinal));
        Assert.Equal(MessageState.Rejected, refused.Message.State);
        Assert.NotNull(refused.Message.Envelope);
        var timeline = await env.Store.GetTimelineAsync(refused.Message.Id);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.MessageRejected);
        Assert.True(await env.WaitForEmptyQueueAsync(Patience));
        Assert.Empty(env.Sink.Received);
    }

    [Fact]
    public async Task Fo01FromAProvider_Fo03Ib002_NotRecordedAgainstOurMessage_Fo01FromTheHubRecorded()
    {
        await using var env = await RunningGateway.StartAsync();
        var start = RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363");
        var sent = await env.Simulator.Provider.SendBerichtAsync(start);
        Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer && m.Berichtcode == GgkBerichtcode.Du01), Patience));
        var ours = env.Simulator.Traffic.Received.Single(m => m.CrossRefnummer == sent.Referentienummer).Referentienummer;
        StoredMessage answer;
        await using (var tx = await env.Store.BeginAsync())
        {
            answer = (await tx.FindByEnvelopeAsync(Us, ours))!;
        }

        using var forged = await PostAsync(env.Http, Fo01(start.Header.Afzender, ours));
        var reply = await GgkSoap.ReadAsync(await forged.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(SenderGate.NotAuthorisedCode, Assert.IsType<Fo03>(reply).Code);
        Assert.DoesNotContain(await env.Store.GetTimelineAsync(answer.Id), e => e.Type == "HubErrorReceived");
        var refused = Assert.Single(await SenderRefusalsAsync(env));
        Assert.Contains($"Envelope zender {start.Header.Afzender} is not the hub identity", refused.Event.Detail, StringComparison.Ordinal);
        Assert.Equal(MessageKind.TransportError, refused.Message.Kind);
        Assert.NotEqual(answer.Id, refused.Message.Id);

        using var genuine = await PostAsync(env.Http, Fo01("IB", ours));

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.IsType<Bv03>(await GgkSoap.ReadAsync(await genuine.Content.ReadAsStreamAsync()));
        Assert.Contains(await env.Store.GetTimelineAsync(answer.Id), e => e.Type == "HubErrorReceived" && e.Detail!.StartsWith("IB103", StringComparison.Ordinal));
        Assert.Single(await SenderRefusalsAsync(env));
    }

    [Fact]
    public async Task MutualTls_CertificateOfTheRightCaButNotTheZenders_Fo03Ib002_NothingStored_ItsOwnCertificateAccepted()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        using var server = TestCertificates.SelfSignedServer();
        using var clientsCa = TestCertificates.Authority("Test providers CA");
        using var own = TestCertificates.Client(clientsCa, "zorgaanbieder-eigen");
        using var another = TestCertificates.Client(clientsCa, "zorgaanbieder-ander");
        var tls = Path.Combine(env.Directory, "tls");
        Directory.CreateDirectory(tls);
        await File.WriteAllBytesAsync(Path.Combine(tls, "gateway.pfx"), server.Export(X509ContentType.Pkcs12, PfxPassword));
        await File.WriteAllTextAsync(Path.Combine(tls, "providers-ca.pem"), clientsCa.ExportCertificatePem());
        var port = RunningGateway.FreePort();
        TestCertificates.EditConfig(env.ConfigPath, root =>
        {
            root["Kestrel"] = HttpsEndpoint(port);
            var http = root["Gateway"]!["Http"]!.AsObject();
            http["RequireClientCertificate"] = true;
            http["ClientCertificateAuthorityPath"] = "tls/providers-ca.pem";
            foreach (var sender in root["Gateway"]!["Trust"]!["Senders"]!.AsArray().Select(s => s!.AsObject()).Where(s => s["Hub"] is null))
            {
                sender["Certificates"] = new JsonArray(own.GetCertHashString(HashAlgorithmName.SHA256));
            }
        });
        await env.StartGatewayAsync();
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{port}/"));

        var bericht = RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363");
        var wrong = Some.Envelope(bericht);
        using (var client = TestCertificates.TrustingOnly(server, url, another))
        {
            using var response = await PostAsync(client, wrong);
            var reply = Assert.IsType<Fo03>(await GgkSoap.ReadAsync(await response.Content.ReadAsStreamAsync()));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(SenderGate.NotAuthorisedCode, reply.Code);
            Assert.Contains(another.GetCertHashString(HashAlgorithmName.SHA256), reply.Omschrijving, StringComparison.Ordinal);
        }

        var right = Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"));
        using (var client = TestCertificates.TrustingOnly(server, url, own))
        {
            using var response = await PostAsync(client, right);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.IsType<Bv03>(await GgkSoap.ReadAsync(await response.Content.ReadAsStreamAsync()));
        }

        await using (var tx = await env.Store.BeginAsync())
        {
            Assert.Null(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, wrong.Referentienummer));
            Assert.NotNull(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, right.Referentienummer));
        }

        var refused = Assert.Single(await SenderRefusalsAsync(env));
        Assert.Contains($"is not one configured for envelope zender {bericht.Header.Afzender}", refused.Event.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(env.Simulator.Traffic.Received, m => m.CrossRefnummer == wrong.Referentienummer);
    }

    [Fact]
    public async Task NoTrustSection_GatewayStartsWithAWarning_AndRefusesEveryEnvelope()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        TestCertificates.EditConfig(env.ConfigPath, root => root["Gateway"]!.AsObject().Remove("Trust"));
        await env.StartGatewayAsync();

        var sent = await env.Simulator.Provider.SendBerichtAsync(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"));

        Assert.Equal(403, sent.HttpStatus);
        Assert.Equal("Fo03 " + SenderGate.UnknownSenderCode, sent.Reply);
        Assert.Single(await SenderRefusalsAsync(env));
        await env.StopGatewayAsync();
        var log = string.Join(Environment.NewLine, Directory.GetFiles(env.LogDirectory).Select(File.ReadAllText));
        Assert.Contains("Gateway:Trust:Senders is empty: every envelope on /ggk is refused", log, StringComparison.Ordinal);
    }

    /// <summary>Every SenderRefused event with its message (ids are handed out in order and never reused).</summary>
    private static async Task<List<(StoredMessage Message, MessageEvent Event)>> SenderRefusalsAsync(RunningGateway env)
    {
        var found = new List<(StoredMessage, MessageEvent)>();
        for (long id = 1; await env.Store.GetMessageAsync(id) is { } message; id++)
        {
            found.AddRange((await env.Store.GetTimelineAsync(id)).Where(e => e.Type == MessageEventTypes.SenderRefused).Select(e => (message, e)));
        }

        return found;
    }

    private static GgkFoutbericht Fo01(string zender, string crossRefnummer) => new(
        new GgkStuurgegevens(GgkBerichtcode.Fo01, new GgkParty(zender, "GGKWebservice"), new GgkParty(Us, "gateway"), GgkReferentienummer.New(), GgkTijdstip.FromInstant(DateTimeOffset.UtcNow), crossRefnummer),
        "IB103",
        "server",
        "Berichttype tijdelijk geblokkeerd (freeze).");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, GgkMessage message)
    {
        using var content = new ByteArrayContent(GgkSoap.ToBytes(message));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        return await client.PostAsync("ggk", content);
    }

    private static JsonObject HttpsEndpoint(int port) => new()
    {
        ["Endpoints"] = new JsonObject
        {
            ["Https"] = new JsonObject
            {
                ["Url"] = string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{port}/"),
                ["Certificate"] = new JsonObject { ["Path"] = "tls/gateway.pfx", ["Password"] = PfxPassword },
            },
        },
    };
}
