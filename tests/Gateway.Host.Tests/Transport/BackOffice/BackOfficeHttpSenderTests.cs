using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gateway.Host.Region;
using Gateway.Host.Tests.Support;
using Gateway.Host.Transport.BackOffice;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Gateway.Host.Tests.Transport.BackOffice;

/// <summary>Handing a message to a back office over HTTP, against a back office whose answers the test scripts (WireMock on 127.0.0.1).</summary>
public sealed class BackOfficeHttpSenderTests : IDisposable
{
    private static readonly byte[] Payload = "<Bericht>retour</Bericht>"u8.ToArray();
    private readonly WireMockServer _backOffice = ScriptedHttp.Start();
    private readonly ServiceProvider _services;
    private readonly BackOfficeHttpSender _sender;

    public BackOfficeHttpSenderTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(BackOfficeHttpSender.HttpClientName).ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        _services = services.BuildServiceProvider();
        _sender = new BackOfficeHttpSender(_services.GetRequiredService<IHttpClientFactory>());
    }

    public void Dispose()
    {
        _services.Dispose();
        _backOffice.Stop();
        _backOffice.Dispose();
    }

    [Fact]
    public async Task Send_2xx_DeliveredWithPayloadAndGatewayHeaders()
    {
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

        var result = await _sender.SendAsync(BackOffice(apiKey: "key-0363"), Message(41, correlatesTo: 40), Payload, default);

        Assert.True(result.IsDelivered);
        var request = Assert.Single(_backOffice.LogEntries);
        Assert.Equal(Payload, request.RequestMessage.BodyAsBytes);
        Assert.StartsWith("application/xml", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("41", request.Header(BackOfficeHttpSender.MessageIdHeader));
        Assert.Equal("41", request.Header("Idempotency-Key"));
        Assert.Equal("40", request.Header(BackOfficeHttpSender.CorrelatesToHeader));
        Assert.Equal(nameof(MessageKind.Retour), request.Header(BackOfficeHttpSender.KindHeader));
        Assert.Equal(Standard.Ijw.Key(), request.Header(BackOfficeHttpSender.StandardHeader));
        Assert.Equal(((int)MessageCode.ToewijzingRetour).ToString(CultureInfo.InvariantCulture), request.Header(BackOfficeHttpSender.MessageCodeHeader));
        Assert.Equal("key-0363", request.Header(BackOfficeHttpSender.ApiKeyHeader));
    }

    [Fact]
    public async Task Send_NoApiKeyOrCorrelation_HeadersLeftOut()
    {
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));

        Assert.True((await _sender.SendAsync(BackOffice(apiKey: null), Message(7), Payload, default)).IsDelivered);

        var request = Assert.Single(_backOffice.LogEntries);
        Assert.Null(request.Header(BackOfficeHttpSender.ApiKeyHeader));
        Assert.Null(request.Header(BackOfficeHttpSender.CorrelatesToHeader));
    }

    [Theory]
    [InlineData(500, DeliveryFailureKind.Transient)]
    [InlineData(503, DeliveryFailureKind.Transient)]
    [InlineData(408, DeliveryFailureKind.Transient)]
    [InlineData(429, DeliveryFailureKind.Transient)]
    [InlineData(400, DeliveryFailureKind.Permanent)]
    [InlineData(401, DeliveryFailureKind.Permanent)]
    [InlineData(404, DeliveryFailureKind.Permanent)]
    public async Task Send_ErrorStatus_ClassifiedByStatus(int status, DeliveryFailureKind kind)
    {
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).RespondWith(Response.Create().WithStatusCode(status));

        var result = await _sender.SendAsync(BackOffice(), Message(1), Payload, default);

        Assert.False(result.IsDelivered);
        Assert.Equal(kind, result.FailureKind);
        Assert.Equal($"back office answered HTTP {status}", result.Reason);
    }

    [Fact]
    public async Task Send_BackOfficeAnswers500Then200_TransientThenDeliveredWithTheSameIdempotencyKey()
    {
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).InScenario("restarting back office").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(500));
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).InScenario("restarting back office").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200));

        var first = await _sender.SendAsync(BackOffice(), Message(12), Payload, default);
        var second = await _sender.SendAsync(BackOffice(), Message(12), Payload, default);

        Assert.Equal(DeliveryFailureKind.Transient, first.FailureKind);
        Assert.True(second.IsDelivered);
        Assert.Equal(["12", "12"], _backOffice.LogEntries.Select(e => e.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task Send_BackOfficeSlowerThanItsTimeout_Transient()
    {
        _backOffice.Given(Request.Create().WithPath("/inbox").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)));

        var result = await _sender.SendAsync(BackOffice(timeout: TimeSpan.FromMilliseconds(300)), Message(3), Payload, default);

        Assert.False(result.IsDelivered);
        Assert.Equal(DeliveryFailureKind.Transient, result.FailureKind);
        Assert.Contains("did not answer within", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NothingListening_TransientUnreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await _sender.SendAsync(new BackOfficeOptions { Endpoint = $"http://127.0.0.1:{port}/inbox" }, Message(4), Payload, default);

        Assert.Equal(DeliveryFailureKind.Transient, result.FailureKind);
        Assert.Contains("unreachable", result.Reason, StringComparison.Ordinal);
    }

    private BackOfficeOptions BackOffice(string? apiKey = "key", TimeSpan? timeout = null) => new()
    {
        Endpoint = _backOffice.At("/inbox").ToString(),
        ApiKey = apiKey,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    private static StoredMessage Message(long id, long? correlatesTo = null) => new()
    {
        Id = id,
        Direction = MessageDirection.Outbound,
        Kind = MessageKind.Retour,
        State = MessageState.Queued,
        Standard = Standard.Ijw,
        Code = MessageCode.ToewijzingRetour,
        CorrelatesTo = correlatesTo,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
