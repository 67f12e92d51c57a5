using System.Collections.Concurrent;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// The gateway process is SIGKILLed 20 times, each after a counted number of acknowledgements, while providers send a
/// mixed batch (the hub resends until it gets a Bv03, as the GGk does). Afterwards: every acknowledged message is in the store, each has exactly one
/// answer whose identity never changed, no message took effect twice, and the store is intact.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 20;

    // Only a guard against a hang: every wait below ends when its count is reached, however loaded the machine is.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);
    private static readonly MessageCode[] Mix = [MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie];
    private static readonly string[] Gemeenten = ["0363", "0599", "0518"];

    [Fact]
    public async Task GatewayKilledWithSigkill20Times_NoAcknowledgedMessageLost_NoDuplicateEffect_OneAnswerEach()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();

        // This test is about durability, not ceilings: the region's hold ceilings only warn here, so every acknowledged
        // message's answer is due at the hub (a held 325 waits for a back-office decision instead).
        settings["Gateway:Contracts:ContractsFile"] = WarnOnlyContracts(env.Directory);
        var random = new Random(20261122);
        var acknowledged = new ConcurrentDictionary<string, Bericht>();
        var submitted = new ConcurrentDictionary<string, string>();
        var startingKills = 0;
        var process = GatewayProcess.Start(env.ConfigPath, settings);
        try
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "the gateway process did not become ready");
            using var stop = new CancellationTokenSource();
            var sender = SendUntilStoppedAsync(env, random, acknowledged, submitted, stop.Token);

            // Each kill comes after a counted number of further acknowledgements (1 to 4), not after a sleep: the same
            // test on a fast or a loaded machine. The sender keeps resending what has no Bv03 yet, so some messages are
            // in flight at every kill. Every fourth restart is killed once more before it is ready, while starting.
            for (var kill = 0; kill < Kills; kill++)
            {
                var target = acknowledged.Count + random.Next(1, 5);
                Assert.True(await RunningGateway.EventuallyAsync(() => acknowledged.Count >= target || sender.IsCompleted, HangGuard), $"kill {kill + 1}: no acknowledgement to reach {target}");
                Assert.False(sender.IsFaulted, sender.Exception?.ToString());
                await process.KillAsync();
                process.Dispose();
                process = GatewayProcess.Start(env.ConfigPath, settings);
                if (kill % 4 == 3)
                {
                    await process.KillAsync();
                    process.Dispose();
                    process = GatewayProcess.Start(env.ConfigPath, settings);
                    startingKills++;
                }
            }

            var duringKills = acknowledged.Count;

            // The surviving process takes ten more (every message now passes the ledger's checks too).
            Assert.True(await RunningGateway.EventuallyAsync(() => acknowledged.Count >= duringKills + 10 || sender.IsCompleted, HangGuard), "the surviving gateway acknowledged no further messages");
            await stop.CancelAsync();
            await sender;
            Assert.True(acknowledged.Count >= Kills + 10, $"only {acknowledged.Count} messages were acknowledged during the run");
            output.WriteLine($"{duringKills} acknowledged while the gateway was being killed");

            // Let the surviving process drain the queue: every acknowledged heen-bericht's answer reaches the hub.
            var answered = await env.Simulator.Traffic.WaitForAsync(
                r => acknowledged.Values.All(b => r.Any(m => m.Accepted && m.Berichtcode == GgkBerichtcode.Du01 && m.PayloadText.Contains(b.Header.BerichtIdentificatie.Identificatie, StringComparison.Ordinal))),
                HangGuard);
            Assert.True(answered, "not every acknowledged message got its answer to the hub");
            Assert.True(
                await env.Simulator.Traffic.WaitForAsync(r => submitted.Keys.All(id => r.Any(m => m.Accepted && m.Functie == "JW301" && m.PayloadText.Contains(id, StringComparison.Ordinal))), HangGuard),
                "not every accepted 301 of a back office reached the hub");
        }
        finally
        {
            await process.KillAsync();
            process.Dispose();
        }

        await using var store = OpenStore(env.ConfigPath);
        var counters = await store.GetCountersAsync();
        output.WriteLine($"{Kills + startingKills} SIGKILLs ({startingKills} while starting); {acknowledged.Count} heen-berichten acknowledged; {submitted.Count} 301s accepted from back offices; {env.Simulator.Traffic.Sent.Count} sends by the hub (resends included); "
            + $"{counters.EventsByType.GetValueOrDefault(MessageEventTypes.DuplicateReceived)} duplicates; {counters.EventsByType.GetValueOrDefault(MessageEventTypes.LeaseExpired)} expired leases; "
            + $"{env.Sink.Posts} back-office posts for {env.Sink.Received.Count} messages");
        var integrity = await store.CheckIntegrityAsync();
        Assert.True(integrity.IsOk, string.Join("; ", integrity.Problems));
        await AcknowledgedBatch.AssertEachOnceWithOneAnswerAsync(env, store, acknowledged.Values, submitted);
    }

    /// <summary>The sample region's contract register with its hold ceilings turned to warnings (every answer is then due at once).</summary>
    internal static string WarnOnlyContracts(string directory)
    {
        var path = Path.Combine(directory, "contracts-warn-only.json");
        var text = File.ReadAllText(RepoPaths.Sample("region", "contracts.json"));
        File.WriteAllText(path, text.Replace("\"beleid\": \"hold\"", "\"beleid\": \"warn\"", StringComparison.Ordinal));
        return path;
    }

    private static async Task SendUntilStoppedAsync(RunningGateway env, Random random, ConcurrentDictionary<string, Bericht> acknowledged, ConcurrentDictionary<string, string> submitted, CancellationToken stop)
    {
        var sent = 0;
        var documents = Some.BackOfficeDocuments();
        var gate = new Lock();
        while (!stop.IsCancellationRequested && sent < 400)
        {
            if (sent % 6 == 5)
            {
                var gemeentecode = submitted.Count % 2 == 0 ? "0363" : "0599";
                submitted[await AcknowledgedBatch.SubmitUntilAcceptedAsync(env, documents, gemeentecode, _ => env.Http, gate)] = gemeentecode;
            }

            Bericht bericht;
            lock (gate)
            {
                // What the provider can send for the toewijzingen it received so far (the back offices' 301s), else a request.
                bericht = env.Simulator.Provider.TryBuild(Mix[random.Next(Mix.Length)])
                    ?? env.Simulator.Provider.Messages.VerzoekOmToewijzing(Some.NextClient(env.Simulator, Gemeenten[random.Next(Gemeenten.Length)]), Some.Agb(env.Simulator));
            }

            var envelope = Some.Envelope(bericht);

            // Like the GGk: the same envelope again until a Bv03 comes back (after a crash too).
            while (true)
            {
                var reply = await env.Simulator.Provider.SendEnvelopeAsync(envelope, CancellationToken.None);
                if (reply.Reply == "Bv03")
                {
                    acknowledged[bericht.Header.BerichtIdentificatie.Identificatie] = bericht;
                    break;
                }

                await Task.Delay(100, CancellationToken.None);
            }

            sent++;
        }
    }

    private static SqliteMessageStore OpenStore(string configPath)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(configPath).Build();
        var options = configuration.GetSection("Gateway:Storage").Get<StorageOptions>()!;
        return new SqliteMessageStore(options, TimeProvider.System);
    }
}
