using System.Collections.Concurrent;
using System.Globalization;
using Gateway.Host.Transport.BackOffice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Demo;

/// <summary>
/// A tiny back office on loopback HTTP for the demo: takes what the gateway POSTs, remembers it by message id, and
/// answers 200 (or what <see cref="Answer"/> says, to play a back office that refuses or is down).
/// </summary>
internal sealed class BackOfficeSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, ReceivedByBackOffice> _received = new();
    private int _posts;

    private BackOfficeSink(WebApplication app) => _app = app;

    /// <summary>The URL to configure as the back office endpoint.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Decides the status code per message (default 200).</summary>
    public Func<ReceivedByBackOffice, int> Answer { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>Distinct messages received (a redelivery of the same id counts once).</summary>
    public IReadOnlyCollection<ReceivedByBackOffice> Received => _received.Values.ToList();

    /// <summary>POSTs received, redeliveries included.</summary>
    public int Posts => Volatile.Read(ref _posts);

    public static async Task<BackOfficeSink> StartAsync(IReadOnlyDictionary<string, string> apiKeys, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new BackOfficeSink(app);
        app.MapPost("/{gemeentecode}/messages", async (HttpContext http, string gemeentecode) =>
        {
            if (!apiKeys.TryGetValue(gemeentecode, out var apiKey) || http.Request.Headers[BackOfficeHttpSender.ApiKeyHeader] != apiKey)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var received = new ReceivedByBackOffice(
                gemeentecode,
                long.Parse(http.Request.Headers[BackOfficeHttpSender.MessageIdHeader].ToString(), CultureInfo.InvariantCulture),
                http.Request.Headers[BackOfficeHttpSender.MessageCodeHeader].ToString(),
                http.Request.Headers[BackOfficeHttpSender.KindHeader].ToString(),
                body.ToArray());
            Interlocked.Increment(ref sink._posts);
            var status = sink.Answer(received);
            if (status is >= 200 and < 300)
            {
                sink._received.TryAdd(received.MessageId, received);
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.Url = new Uri(address.TrimEnd('/') + "/");
        return sink;
    }

    /// <summary>The endpoint for one gemeente's back office.</summary>
    public Uri EndpointFor(string gemeentecode) => new(Url, gemeentecode + "/messages");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
