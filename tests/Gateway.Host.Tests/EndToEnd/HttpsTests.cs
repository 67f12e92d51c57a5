using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// The GGk endpoint over HTTPS on 127.0.0.1, configured as an operator would: a PFX with a password next to the
/// configuration file and the standard <c>Kestrel:Endpoints</c> section in that file.
/// </summary>
public sealed class HttpsTests
{
    private const string PfxPassword = "pfx-password-change-me";
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task GgkOverHttps_Bv03AfterCommit_MessageStoredAndAnswered_PlainHttpOnTheHttpsPortRefused()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        using var certificate = TestCertificates.SelfSignedServer();
        Directory.CreateDirectory(Path.Combine(env.Directory, "tls"));
        await File.WriteAllBytesAsync(Path.Combine(env.Directory, "tls", "gateway.pfx"), certificate.Export(X509ContentType.Pkcs12, PfxPassword));
        var port = RunningGateway.FreePort();
        TestCertificates.EditConfig(env.ConfigPath, root => root["Kestrel"] = HttpsEndpoint(port, "tls/gateway.pfx"));
        await env.StartGatewayAsync();
        using var https = TestCertificates.TrustingOnly(certificate, Url("https", port));

        var bericht = RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363");
        var envelope = Some.Envelope(bericht);
        using var response = await https.PostAsync("ggk", GgkRequests.Soap(GgkSoap.ToBytes(envelope)));
        var reply = await GgkSoap.ReadAsync(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<Bv03>(reply);
        Assert.Equal(envelope.Referentienummer, reply.Stuurgegevens.CrossRefnummer);
        await using (var tx = await env.Store.BeginAsync())
        {
            Assert.NotNull(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, envelope.Referentienummer));
        }

        Assert.True(
            await env.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == envelope.Referentienummer && m.Berichtcode == GgkBerichtcode.Du01), Patience),
            "the 306 for the message received over HTTPS did not reach the hub (it rejects the made-up toewijzing: 9019)");
        await using (var tx = await env.Store.BeginAsync())
        {
            var stored = await tx.FindByEnvelopeAsync(bericht.Header.Afzender, envelope.Referentienummer);
            Assert.Single(await tx.FindAnswersAsync(stored!.Id), a => a.Kind == MessageKind.Retour);
        }

        // Plain HTTP to the HTTPS port: no TLS handshake, no answer, nothing stored.
        var plainEnvelope = Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"));
        using var plain = new HttpClient { BaseAddress = Url("http", port), Timeout = TimeSpan.FromSeconds(10) };
        await Assert.ThrowsAsync<HttpRequestException>(() => plain.PostAsync("ggk", GgkRequests.Soap(GgkSoap.ToBytes(plainEnvelope))));
        await using (var tx = await env.Store.BeginAsync())
        {
            Assert.Null(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, plainEnvelope.Referentienummer));
        }

        using var ready = await https.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task MutualTls_ClientOfTheConfiguredCaGetsBv03_NoCertificateOrAnotherCaRefused()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        using var server = TestCertificates.SelfSignedServer();
        using var clientsCa = TestCertificates.Authority("Test providers CA");
        using var strangerCa = TestCertificates.Authority("Some other CA");
        using var provider = TestCertificates.Client(clientsCa, "zorgaanbieder");
        using var stranger = TestCertificates.Client(strangerCa, "zorgaanbieder");
        var tls = Path.Combine(env.Directory, "tls");
        Directory.CreateDirectory(tls);
        await File.WriteAllBytesAsync(Path.Combine(tls, "gateway.pfx"), server.Export(X509ContentType.Pkcs12, PfxPassword));
        await File.WriteAllTextAsync(Path.Combine(tls, "providers-ca.pem"), clientsCa.ExportCertificatePem());
        var port = RunningGateway.FreePort();
        TestCertificates.EditConfig(env.ConfigPath, root =>
        {
            root["Kestrel"] = HttpsEndpoint(port, "tls/gateway.pfx");
            var http = root["Gateway"]!["Http"]!.AsObject();
            http["RequireClientCertificate"] = true;
            http["ClientCertificateAuthorityPath"] = "tls/providers-ca.pem";
        });
        await env.StartGatewayAsync();

        using var trusted = TestCertificates.TrustingOnly(server, Url("https", port), provider);
        var bericht = RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363");
        var envelope = Some.Envelope(bericht);
        using var response = await trusted.PostAsync("ggk", GgkRequests.Soap(GgkSoap.ToBytes(envelope)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<Bv03>(await GgkSoap.ReadAsync(await response.Content.ReadAsStreamAsync()));

        foreach (var client in new[] { null, stranger })
        {
            var refused = Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"));
            using var untrusted = TestCertificates.TrustingOnly(server, Url("https", port), client);
            await Assert.ThrowsAsync<HttpRequestException>(() => untrusted.PostAsync("ggk", GgkRequests.Soap(GgkSoap.ToBytes(refused))));
            await using var tx = await env.Store.BeginAsync();
            Assert.Null(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, refused.Referentienummer));
        }

        await using (var tx = await env.Store.BeginAsync())
        {
            Assert.NotNull(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, envelope.Referentienummer));
        }
    }

    /// <summary>The section an operator writes: one HTTPS endpoint with a PFX (relative to the configuration file) and its password.</summary>
    internal static JsonObject HttpsEndpoint(int port, string pfxPath) => new()
    {
        ["Endpoints"] = new JsonObject
        {
            ["Https"] = new JsonObject
            {
                ["Url"] = Url("https", port).ToString(),
                ["Certificate"] = new JsonObject { ["Path"] = pfxPath, ["Password"] = PfxPassword },
            },
        },
    };

    private static Uri Url(string scheme, int port) => new(string.Create(CultureInfo.InvariantCulture, $"{scheme}://127.0.0.1:{port}/"));
}
