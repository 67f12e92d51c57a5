using System.Globalization;
using Gateway.HubSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// Where the queue drains to, started only after intake: the hub simulator as GGk (Bv03 for every envelope; it answers no
/// 301, so nothing new comes in) and an HTTP back office answering 200 to every gemeente's message.
/// </summary>
internal sealed class DeliverySinks : IAsyncDisposable
{
    private readonly HubSimulatorHandle _hub;
    private readonly WebApplication _backOffice;
    private int _backOfficeReceived;

    private DeliverySinks(HubSimulatorHandle hub, WebApplication backOffice)
    {
        _hub = hub;
        _backOffice = backOffice;
    }

    public int HubReceived => _hub.Traffic.Received.Count;

    public int BackOfficeReceived => Volatile.Read(ref _backOfficeReceived);

    public static async Task<DeliverySinks> StartAsync(int hubPort, int backOfficePort)
    {
        var hub = await HubSimulatorHost.StartAsync(new HubSimulatorOptions { Urls = Url(hubPort), GatewayUrl = null });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url(backOfficePort));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sinks = new DeliverySinks(hub, app);
        app.MapPost("/{gemeentecode}/messages", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref sinks._backOfficeReceived);
            return Results.Ok();
        });
        await app.StartAsync();
        return sinks;
    }

    public async ValueTask DisposeAsync()
    {
        await _backOffice.DisposeAsync();
        await _hub.DisposeAsync();
    }

    private static string Url(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
