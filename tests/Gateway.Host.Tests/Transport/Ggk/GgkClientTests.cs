using System.Net;
using System.Net.Sockets;
using Gateway.Host.Transport.Ggk;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Hub;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Transport.Ggk;

/// <summary>
/// The client against the hub simulator: the GGk replies (Bv03, Fo01, Fo03, IB216) and the breaker. Plain HTTP
/// answers (status codes, slowness) are scripted in <see cref="GgkClientScriptedHubTests"/>.
/// </summary>
public sealed class GgkClientTests : IAsyncLifetime
{
    private static readonly GgkParty Gateway = new("0363", "Gateway");
    private HubSimulatorHandle _hub = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubSimulatorHost.StartAsync(new HubSimulatorOptions { Urls = "http://127.0.0.1:0" });
        _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Send_Bv03_Delivered()
    {
        var di01 = Di01();

        var result = await Client().SendAsync(di01, default);

        Assert.True(result.Delivered);
        Assert.StartsWith("Bv03 ", result.Receipt, StringComparison.Ordinal);
        var received = Assert.Single(_hub.Traffic.Accepted("JW301"));
        Assert.Equal("<x/>", received.PayloadText);
    }

    [Fact]
    public async Task Send_Du01AndFo01_UseTheirOperations()
    {
        var client = Client();
        var du01 = GgkEnvelope.Create(Standard.Iwmo, MessageCode.StartRetour, "<y/>"u8.ToArray(), Gateway, "12345678", DateTimeOffset.UtcNow, GgkReferentienummer.New());
        var fo01 = GgkFoutbericht.About(Di01(), Gateway, GgkFoutbericht.SchemaViolation, "Bericht voldoet niet aan het schema", DateTimeOffset.UtcNow);

        Assert.True((await client.SendAsync(du01, default)).Delivered);
        Assert.True((await client.SendAsync(fo01, default)).Delivered);

        Assert.Single(_hub.Traffic.Accepted("WMO306"));
        Assert.Contains(_hub.Traffic.Received, r => r.FoutCode == "StUF055");
    }

    [Fact]
    public async Task Send_Fo03_Transient()
    {
        _hub.Behaviour.Mode = HubReplyMode.Fo03;

        var result = await Client().SendAsync(Di01(), default);

        AssertFailure(result, DeliveryFailureKind.Transient, "StUF058");
    }

    [Theory]
    [InlineData("IB002", DeliveryFailureKind.Permanent)]
    [InlineData("IB005", DeliveryFailureKind.Permanent)]
    [InlineData("IB103", DeliveryFailureKind.Transient)]
    public async Task Send_Fo01_ClassifiedByCode(string code, DeliveryFailureKind kind)
    {
        _hub.Behaviour.Mode = HubReplyMode.Fo01;
        _hub.Behaviour.Fo01Code = code;

        var result = await Client().SendAsync(Di01(), default);

        AssertFailure(result, kind, code);
    }

    [Fact]
    public async Task Send_Fo01FinalCode_HubRefusalNotADeadLetter()
    {
        _hub.Behaviour.Mode = HubReplyMode.Fo01;
        _hub.Behaviour.Fo01Code = "IB002";

        var result = await Client().SendAsync(Di01(), default);

        Assert.True(result.Failure!.IsHubRefusal);
        Assert.Contains(GgkFoutcodes.Describe("IB002"), result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_DuringFreeze_TransientIB103()
    {
        _hub.Behaviour.FreezeUntil = DateTimeOffset.UtcNow.AddMinutes(5);

        AssertFailure(await Client().SendAsync(Di01(), default), DeliveryFailureKind.Transient, "IB103");
    }

    [Fact]
    public async Task Send_SameEnvelopeAgain_IB216CountsAsDelivered()
    {
        var client = Client();
        var di01 = Di01();

        await client.SendAsync(di01, default);
        var again = await client.SendAsync(di01, default);

        Assert.True(again.Delivered);
        Assert.Contains("IB216", again.Receipt, StringComparison.Ordinal);
        Assert.Single(_hub.Traffic.Accepted("JW301"));
    }

    [Fact]
    public async Task Send_Oversize_PermanentIB003()
    {
        _hub.Behaviour.MaxEnvelopeBytes = 50_000;

        AssertFailure(await Client().SendAsync(Di01(new byte[60_000]), default), DeliveryFailureKind.Permanent, "IB003");
    }

    [Fact]
    public async Task Send_RepeatedTransientFailures_OpenCircuitWithoutCallingHub()
    {
        var client = Client(o =>
        {
            o.BreakerMinimumThroughput = 3;
            o.BreakerFailureRatio = 0.5;
            o.BreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        _hub.Behaviour.Mode = HubReplyMode.Fo03;
        for (var i = 0; i < 3; i++)
        {
            AssertFailure(await client.SendAsync(Di01(), default), DeliveryFailureKind.Transient, "StUF058");
        }

        _hub.Behaviour.Mode = HubReplyMode.Bv03;
        var received = _hub.Traffic.Received.Count;
        var result = await client.SendAsync(Di01(), default);

        AssertFailure(result, DeliveryFailureKind.Transient, "circuit-open");
        Assert.Equal(received, _hub.Traffic.Received.Count);
    }

    [Fact]
    public async Task Send_FreezeIB103Repeated_DoesNotOpenCircuit()
    {
        var client = Client(o => o.BreakerMinimumThroughput = 2);
        _hub.Behaviour.FreezeUntil = DateTimeOffset.UtcNow.AddHours(1);
        for (var i = 0; i < 4; i++)
        {
            AssertFailure(await client.SendAsync(Di01(), default), DeliveryFailureKind.Transient, "IB103");
        }

        _hub.Behaviour.FreezeUntil = null;
        Assert.True((await client.SendAsync(Di01(), default)).Delivered);
    }

    [Fact]
    public async Task Send_PermanentFailures_DoNotOpenCircuit()
    {
        var client = Client(o => o.BreakerMinimumThroughput = 2);
        _hub.Behaviour.Mode = HubReplyMode.Fo01;
        _hub.Behaviour.Fo01Code = "IB002";
        for (var i = 0; i < 4; i++)
        {
            await client.SendAsync(Di01(), default);
        }

        _hub.Behaviour.Mode = HubReplyMode.Bv03;
        Assert.True((await client.SendAsync(Di01(), default)).Delivered);
    }

    [Fact]
    public async Task Send_ConnectionRefused_Transient()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = Client(o => o.HubUrl = new Uri($"http://127.0.0.1:{port}/ggk"));

        AssertFailure(await client.SendAsync(Di01(), default), DeliveryFailureKind.Transient, "connection");
    }

    [Fact]
    public async Task Send_Bv03Message_Refused()
    {
        var bv03 = Bv03.Acknowledge(Di01(), Gateway, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(bv03, default));
    }

    private static void AssertFailure(DeliveryResult result, DeliveryFailureKind kind, string code)
    {
        Assert.False(result.Delivered, "expected a failure");
        Assert.Equal(kind, result.Failure!.Kind);
        Assert.Equal(code, result.Failure.Code);
    }

    private static GgkEnvelope Di01(byte[]? payload = null) =>
        GgkEnvelope.Create(Standard.Ijw, MessageCode.Toewijzing, payload ?? "<x/>"u8.ToArray(), Gateway, "12345678", DateTimeOffset.UtcNow);

    private GgkClient Client(Action<GgkOptions>? configure = null)
    {
        var options = new GgkOptions { HubUrl = _hub.HubUrl, AllowHttp = true, AttemptTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new GgkClient(_http, Options.Create(options), TimeProvider.System, NullLogger<GgkClient>.Instance);
    }
}
