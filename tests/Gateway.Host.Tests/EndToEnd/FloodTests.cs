using System.Globalization;
using System.Net;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Eight 23 MB envelopes posted at once to the gateway as a separate process: requests beyond the configured intake bound are
/// answered 503 + Retry-After before their body is read, every envelope is acknowledged once resent, and the process's peak
/// resident memory (VmHWM) stays below 1 GB. Sized by counts: every request is answered, with 200 or 503.
/// </summary>
public sealed class FloodTests(ITestOutputHelper output)
{
    private const int Envelopes = 8;
    private const int EnvelopeBytes = 23 * 1024 * 1024;
    private const int Concurrent = 2;
    private const int MaxRounds = 50;
    private const long RssLimit = 1024L * 1024 * 1024;

    // More than the loopback socket buffers can hold: once written, the gateway has been reading the request.
    private const int HeldFirstPart = 16 * 1024 * 1024;

    [Fact]
    public async Task EightEnvelopesOf23MbAtOnce_503WithRetryAfterBeyondTheBound_AllAcknowledgedWhenResent_ProcessUnder1Gb()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();
        settings["Gateway:GgkEndpoint:MaxConcurrentRequests"] = Concurrent.ToString(CultureInfo.InvariantCulture);
        settings["Gateway:GgkEndpoint:MaxBytesInFlight"] = (Concurrent * GgkReadOptions.DefaultMaxEnvelopeBytes).ToString(CultureInfo.InvariantCulture);
        settings["Gateway:GgkEndpoint:RetryAfter"] = "00:00:05";
        var envelopes = Enumerable.Range(0, Envelopes).Select(_ => GgkRequests.LargeDi01(env.Simulator, EnvelopeBytes)).ToList();
        Assert.All(envelopes, e => Assert.InRange(e.Length, EnvelopeBytes - (1024 * 1024), EnvelopeBytes + (1024 * 1024)));
        // Like a careful client: headers first (Expect: 100-continue), the body only once the gateway reads it. A refused
        // request is answered before any of its body is sent. Without this, a loaded machine turned a refusal into a
        // reset connection: Kestrel drains an unread body only for a few seconds, too short for 23 MB then.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = env.BaseUrl, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.ExpectContinue = true;
        using var process = GatewayProcess.Start(env.ConfigPath, settings);
        Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, TimeSpan.FromMinutes(3)), "the gateway process did not become ready");

        // The bound filled by count: two envelopes admitted and held half-sent, the other six at once are refused.
        var held = envelopes.Take(Concurrent).Select(e => new HeldContent(e, firstPart: HeldFirstPart)).ToList();
        var admitted = held.Select(c => GgkRequests.PostAsync(http, GgkRequests.Soap(c))).ToList();
        await Task.WhenAll(held.Select(c => c.FirstPartSent));
        var refused = await Task.WhenAll(envelopes.Skip(Concurrent).Select(e => GgkRequests.PostAsync(http, GgkRequests.Soap(e))));
        Assert.All(refused, answer =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
            Assert.NotNull(answer.RetryAfter);
            Assert.IsType<Fo03>(answer.Reply);
        });
        held.ForEach(c => c.Release());
        Assert.All(await Task.WhenAll(admitted), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));

        // The hub resends what was refused, all at once each round, until every envelope is acknowledged.
        var waiting = envelopes.Skip(Concurrent).ToList();
        var busy = refused.Length;
        var rounds = 0;
        while (waiting.Count > 0 && rounds++ < MaxRounds)
        {
            var answers = await Task.WhenAll(waiting.Select(e => GgkRequests.PostAsync(http, GgkRequests.Soap(e))));
            Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
            busy += answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable);
            waiting = [.. waiting.Where((_, i) => answers[i].Status != HttpStatusCode.OK)];
        }

        var peak = PeakResidentBytes(process.Id);
        output.WriteLine($"{Envelopes} envelopes of {EnvelopeBytes} bytes; {busy} answered 503 in all; {rounds} resend rounds; peak RSS of the gateway {peak / (1024 * 1024)} MB");
        Assert.Empty(waiting);
        Assert.True(peak < RssLimit, $"the gateway process peaked at {peak / (1024 * 1024)} MB resident");
    }

    /// <summary>VmHWM of /proc/{pid}/status: the highest resident set size the process has had.</summary>
    private static long PeakResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }
}
