using Gateway.Host.Tests.Support;
using Gateway.Host.Transport.Ggk;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Gateway.Host.Tests.Transport.Ggk;

/// <summary>
/// The client against a hub whose HTTP answers the test scripts (WireMock on 127.0.0.1): status codes, bodies that are
/// no GGk reply, a hub that fails and then answers, a slow hub. The GGk semantics (Fo01 codes, IB216, freezes) are in
/// <see cref="GgkClientTests"/> against the hub simulator.
/// </summary>
public sealed class GgkClientScriptedHubTests : IDisposable
{
    private static readonly GgkParty Gateway = new("0363", "Gateway");
    private readonly WireMockServer _hub = ScriptedHttp.Start();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose()
    {
        _http.Dispose();
        _hub.Stop();
        _hub.Dispose();
    }

    [Fact]
    public async Task Send_Bv03_DeliveredWithSoapActionAndEnvelope()
    {
        var di01 = Di01();
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).RespondWith(Bv03For(di01));

        var result = await Client().SendAsync(di01, default);

        Assert.True(result.Delivered);
        var request = Assert.Single(_hub.LogEntries);
        Assert.Equal("\"" + GgkNames.Di01Action + "\"", request.Header("SOAPAction"));
        var sent = Assert.IsType<GgkEnvelope>(await GgkSoap.ReadAsync(new MemoryStream(request.RequestMessage.BodyAsBytes!)));
        Assert.Equal(di01.Referentienummer, sent.Referentienummer);
    }

    [Theory]
    [InlineData(503, DeliveryFailureKind.Transient)]
    [InlineData(500, DeliveryFailureKind.Transient)]
    [InlineData(429, DeliveryFailureKind.Transient)]
    [InlineData(408, DeliveryFailureKind.Transient)]
    [InlineData(404, DeliveryFailureKind.Permanent)]
    [InlineData(400, DeliveryFailureKind.Permanent)]
    public async Task Send_HttpStatusWithoutGgkReply_ClassifiedByStatus(int status, DeliveryFailureKind kind)
    {
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithBody("down for maintenance"));

        var result = await Client().SendAsync(Di01(), default);

        AssertFailure(result, kind, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Send_200WithoutReadableBv03_TransientSoTheSameReferentienummerIsResent()
    {
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("<html>ok</html>"));

        AssertFailure(await Client().SendAsync(Di01(), default), DeliveryFailureKind.Transient, "200");
    }

    [Fact]
    public async Task Send_HubAnswers500ThenBv03_SecondAttemptDelivered()
    {
        var di01 = Di01();
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).InScenario("flaky hub").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).InScenario("flaky hub").WhenStateIs("recovered")
            .RespondWith(Bv03For(di01));
        var client = Client();

        var first = await client.SendAsync(di01, default);
        var second = await client.SendAsync(di01, default);

        AssertFailure(first, DeliveryFailureKind.Transient, "500");
        Assert.True(second.Delivered);
        Assert.Equal(2, _hub.LogEntries.Count());
    }

    [Fact]
    public async Task Send_HubSlowerThanAttemptTimeout_TransientTimeout()
    {
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).RespondWith(Bv03For(Di01()).WithDelay(TimeSpan.FromSeconds(5)));

        var result = await Client(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)).SendAsync(Di01(), default);

        AssertFailure(result, DeliveryFailureKind.Transient, "timeout");
    }

    [Fact]
    public async Task Send_HubSlowerButWithinAttemptTimeout_Delivered()
    {
        var di01 = Di01();
        _hub.Given(Request.Create().WithPath("/ggk").UsingPost()).RespondWith(Bv03For(di01).WithDelay(TimeSpan.FromMilliseconds(200)));

        Assert.True((await Client(o => o.AttemptTimeout = TimeSpan.FromSeconds(10)).SendAsync(di01, default)).Delivered);
    }

    private static IResponseBuilder Bv03For(GgkMessage received) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", GgkSoap.ContentType)
        .WithBody(GgkSoap.ToBytes(Bv03.Acknowledge(received, new GgkParty("HUB", "Hub"), DateTimeOffset.UnixEpoch)));

    private static void AssertFailure(DeliveryResult result, DeliveryFailureKind kind, string code)
    {
        Assert.False(result.Delivered, "expected a failure");
        Assert.Equal(kind, result.Failure!.Kind);
        Assert.Equal(code, result.Failure.Code);
    }

    private static GgkEnvelope Di01() =>
        GgkEnvelope.Create(Standard.Ijw, MessageCode.Toewijzing, "<x/>"u8.ToArray(), Gateway, "12345678", DateTimeOffset.UnixEpoch.AddYears(56));

    private GgkClient Client(Action<GgkOptions>? configure = null)
    {
        var options = new GgkOptions { HubUrl = _hub.At("/ggk"), AllowHttp = true, AttemptTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new GgkClient(_http, Options.Create(options), TimeProvider.System, NullLogger<GgkClient>.Instance);
    }
}
