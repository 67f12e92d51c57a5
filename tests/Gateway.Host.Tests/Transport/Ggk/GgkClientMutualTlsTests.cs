using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Host.Transport.Ggk;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Transport.Ggk;

/// <summary>The client over real TLS on loopback: a hub that demands a client certificate, trusted via a private CA or a pin.</summary>
public sealed class GgkClientMutualTlsTests : IAsyncLifetime, IDisposable
{
    private static readonly GgkParty Gateway = new("0363", "Gateway");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ggk-tls-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _clientThumbprints = [];
    private X509Certificate2 _ca = null!;
    private X509Certificate2 _server = null!;
    private WebApplication _app = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Test GGk CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        _ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllText(Path.Combine(_dir, "ca.pem"), _ca.ExportCertificatePem());

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(san.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(_ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [5, 6, 7, 8]);
        _server = X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pkcs12), null);

        using var clientKey = RSA.Create(2048);
        var clientRequest = new CertificateRequest("CN=gemeente-gateway", clientKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        clientRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var client = clientRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(Path.Combine(_dir, "client.pfx"), client.Export(X509ContentType.Pkcs12, "secret"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = _server,
            ClientCertificateMode = ClientCertificateMode.RequireCertificate,
            ClientCertificateValidation = (_, _, _) => true,
        })));
        _app = builder.Build();
        _app.MapPost("/ggk", async (HttpContext context) =>
        {
            var certificate = await context.Connection.GetClientCertificateAsync();
            lock (_clientThumbprints)
            {
                _clientThumbprints.Add(certificate?.Thumbprint ?? "none");
            }

            var request = await GgkSoap.ReadAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            context.Response.ContentType = GgkSoap.ContentType;
            await context.Response.Body.WriteAsync(GgkSoap.ToBytes(Bv03.Acknowledge(request, new GgkParty("IB", "GGKWebservice"), DateTimeOffset.UtcNow)));
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _url = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/ggk");
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _ca.Dispose();
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Send_PrivateCaAndClientCertificate_Delivered()
    {
        var result = await Send(o => o.TrustedCaPath = Path.Combine(_dir, "ca.pem"));

        Assert.True(result.Delivered, result.Failure?.Reason);
        Assert.Single(_clientThumbprints);
        Assert.NotEqual("none", _clientThumbprints[0]);
    }

    [Fact]
    public async Task Send_PinnedServerCertificate_Delivered()
    {
        var result = await Send(o => o.PinnedServerCertificates.Add(Convert.ToHexString(SHA256.HashData(_server.RawData))));

        Assert.True(result.Delivered, result.Failure?.Reason);
    }

    [Fact]
    public async Task Send_WrongPin_TransientConnectionFailureNothingSent()
    {
        var result = await Send(o => o.PinnedServerCertificates.Add(new string('A', 64)));

        Assert.False(result.Delivered);
        Assert.Equal("connection", result.Failure!.Code);
        Assert.Empty(_clientThumbprints);
    }

    private async Task<Gateway.Routing.Delivery.DeliveryResult> Send(Action<GgkOptions> configure)
    {
        var options = new GgkOptions
        {
            HubUrl = _url,
            ClientCertificatePath = Path.Combine(_dir, "client.pfx"),
            ClientCertificatePassword = "secret",
        };
        configure(options);
        Assert.True(new GgkOptionsValidator().Validate(null, options).Succeeded);
        using var http = new HttpClient(GgkTls.CreateHandler(options));
        var client = new GgkClient(http, Options.Create(options), TimeProvider.System, NullLogger<GgkClient>.Instance);
        var di01 = GgkEnvelope.Create(Standard.Iwmo, MessageCode.Toewijzing, "<x/>"u8.ToArray(), Gateway, "12345678", DateTimeOffset.UtcNow);
        return await client.SendAsync(di01, default);
    }
}
