using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Gateway.Bench.Load.Workload;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Bench.Load.Client;

/// <summary>
/// Posts pre-built messages to one or more gateways over loopback: request i goes to gateway i mod n. One
/// <see cref="SocketsHttpHandler"/> per gateway with a fixed number of kept-alive connections, so connection setup is not
/// measured and the client does no more per request than copy bytes and look for "Bv03" in the answer.
/// </summary>
internal sealed class LoadClient : IDisposable
{
    private static readonly byte[] Bv03 = "Bv03"u8.ToArray();
    private static readonly MediaTypeHeaderValue SoapType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
    private static readonly MediaTypeHeaderValue XmlType = new("application/xml");

    private readonly HttpClient[] _clients;
    private readonly int _connections;

    public LoadClient(IReadOnlyList<Uri> gateways, int connectionsPerGateway)
    {
        _connections = connectionsPerGateway * gateways.Count;
        _clients = [.. gateways.Select(g => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connectionsPerGateway,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = g,
            Timeout = TimeSpan.FromMinutes(2),
        })];
    }

    /// <summary>
    /// Open loop: request i is due at i / <paramref name="rate"/> seconds after the start, whatever became of the earlier
    /// ones. When the gateway has answered fewer requests than were due <paramref name="maxBehind"/> ago it cannot keep up
    /// with the rate: nothing more is scheduled (the rest counts as <see cref="Outcome.NotSent"/>) and the run says so.
    /// A due request waits while every connection has one unanswered (its wait counts in its latency), so what is left
    /// when a run stops is at most one request per connection.
    /// </summary>
    public async Task<RunResult> OpenLoopAsync(IReadOnlyList<LoadItem> items, double rate, TimeSpan maxBehind, TimeSpan hangGuard)
    {
        var outcomes = new Outcome[items.Count];
        var latencies = new double[items.Count];
        var answered = 0;
        var tasks = new List<Task>(items.Count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < items.Count;)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                // Timer granularity is about a millisecond: what is due in the meantime is sent together on waking, and the
                // delay counts in its latency (measured from the due time).
                await Task.Delay(wait);
                continue;
            }

            var done = Volatile.Read(ref answered);
            if (Stopwatch.GetElapsedTime(start).TotalSeconds - (done / rate) > maxBehind.TotalSeconds)
            {
                break;
            }

            if (i - done >= _connections)
            {
                await Task.Delay(1);
                continue;
            }

            tasks.Add(SendTimedAsync(items[i], i, due, outcomes, latencies, () => Interlocked.Increment(ref answered)));
            i++;
        }

        await WhenAllAsync(tasks, hangGuard);
        return new RunResult(outcomes, latencies, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Closed loop: <paramref name="senders"/> senders each post their next request once the previous is answered, until the items or the time run out.</summary>
    public async Task<RunResult> ClosedLoopAsync(IReadOnlyList<LoadItem> items, int senders, TimeSpan duration, TimeSpan hangGuard)
    {
        var outcomes = new Outcome[items.Count];
        var latencies = new double[items.Count];
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        async Task SenderAsync()
        {
            await Task.Yield();
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= items.Count)
                {
                    return;
                }

                await SendTimedAsync(items[i], i, Stopwatch.GetTimestamp(), outcomes, latencies, static () => { });
            }
        }

        await WhenAllAsync([.. Enumerable.Range(0, senders).Select(_ => SenderAsync())], hangGuard);
        return new RunResult(outcomes, latencies, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>One request and its outcome (no timing): what the smoke test uses.</summary>
    public async Task<Outcome> SendAsync(LoadItem item, int index)
    {
        var http = _clients[index % _clients.Length];
        using var request = new HttpRequestMessage(HttpMethod.Post, item.Route == Route.Ggk ? "ggk" : $"api/backoffice/{item.Gemeente}/messages")
        {
            Content = new ByteArrayContent(item.Body),
        };
        if (item.Route == Route.Ggk)
        {
            request.Content.Headers.ContentType = SoapType;
            request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + item.SoapAction + "\"");
        }
        else
        {
            request.Content.Headers.ContentType = XmlType;
            // The sample region's back-office keys (samples/region/appsettings.json).
            request.Headers.Add("X-Api-Key", string.Create(CultureInfo.InvariantCulture, $"backoffice-{item.Gemeente}-key-change-me"));
        }

        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode switch
            {
                200 when item.Route == Route.Ggk && body.AsSpan().IndexOf(Bv03) >= 0 => Outcome.Acknowledged,
                202 when item.Route == Route.BackOffice => Outcome.Acknowledged,
                503 or 429 => Outcome.Busy,
                >= 400 and < 500 or 200 => Outcome.Refused,
                _ => Outcome.Failed,
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Outcome.Failed;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private async Task SendTimedAsync(LoadItem item, int index, long from, Outcome[] outcomes, double[] latencies, Action done)
    {
        try
        {
            outcomes[index] = await SendAsync(item, index);
            latencies[index] = Stopwatch.GetElapsedTime(from).TotalMilliseconds;
        }
        finally
        {
            done();
        }
    }

    private static async Task WhenAllAsync(IEnumerable<Task> tasks, TimeSpan hangGuard)
    {
        try
        {
            await Task.WhenAll(tasks).WaitAsync(hangGuard);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Requests still unanswered after {hangGuard.TotalSeconds:0} s: the gateway hangs.");
        }
    }
}
