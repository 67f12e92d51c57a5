using System.Collections.Concurrent;
using Gateway.Messages.Envelopes.Ggk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.HubSimulator.Tests.Support;

/// <summary>A tiny stand-in for the gateway's inbound endpoint on 127.0.0.1: records envelopes, answers Bv03.</summary>
internal sealed class RecordingEndpoint : IAsyncDisposable
{
    private static readonly GgkParty Gateway = new("0363", "TestGateway");
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string? SoapAction, GgkMessage Message)> _received = new();

    private RecordingEndpoint(WebApplication app)
    {
        _app = app;
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(string? SoapAction, GgkMessage Message)> Received => _received.ToArray();

    public static async Task<RecordingEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new RecordingEndpoint(app);
        app.MapPost("/ggk", async (HttpContext context) =>
        {
            var message = await GgkSoap.ReadAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            endpoint._received.Enqueue((context.Request.Headers["SOAPAction"].ToString(), message));
            context.Response.ContentType = GgkSoap.ContentType;
            await context.Response.Body.WriteAsync(GgkSoap.ToBytes(Bv03.Acknowledge(message, Gateway, DateTimeOffset.UnixEpoch)));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Url = new Uri(address.TrimEnd('/') + "/ggk");
        return endpoint;
    }

    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (_received.Count < count)
        {
            if (cts.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
