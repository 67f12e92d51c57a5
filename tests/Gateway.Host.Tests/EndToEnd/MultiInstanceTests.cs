using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Cluster;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.Cluster;
using Gateway.Storage.Postgres;
using Gateway.Testing.Postgres;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Two `gateway run` processes on one PostgreSQL server of the test's own, on two ports. Two providers' senders post a
/// mixed batch to both (a Di01 without a Bv03 goes again, to the other instance, as a hub behind a balancer would) and the
/// back offices submit 301s to both; the instances are SIGKILLed in turn several times mid-batch, each after a counted
/// number of acknowledgements, and restarted (a killed holder's sweeps are taken over); the PostgreSQL server is stopped hard and started again once mid-batch while both
/// instances run, and must serve again without a restart of either. Afterwards: every acknowledged message is stored
/// once with exactly one answer, no delivery ever had two attempts in flight at once, and no leased sweep ran in two
/// instances at once.
/// </summary>
public sealed class MultiInstanceTests(ITestOutputHelper output)
{
    private const int Kills = 6;
    private const int RestartServerAtKill = 2;

    // Only a guard against a hang: every wait below ends when its count is reached, however loaded the machine is.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);
    private static readonly MessageCode[] Mix = [MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie];
    private static readonly string[] Gemeenten = ["0363", "0599", "0518"];

    [Fact]
    public async Task TwoInstancesOnePostgres_OneKilledRepeatedly_ServerRestarted_EachMessageOnceOneAnswerNoDoubleSendNoDoubleSweep()
    {
        await using var server = await PostgresServer.StartOwnAsync();
        var connectionString = await server.CreateDatabaseAsync("multi");
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();
        settings["Gateway:Storage:Provider"] = "Postgres";
        settings["Gateway:Storage:ConnectionString"] = connectionString;
        settings["Gateway:Contracts:ContractsFile"] = CrashTests.WarnOnlyContracts(env.Directory);

        // A killed instance's sweeps are taken over after this, so takeovers happen within the test.
        settings["Gateway:Jobs:SweepLease"] = "00:00:03";
        var portB = RunningGateway.FreePort();
        // A has a name, so its restarts take back its killed runs' leases at once; B has none, so its wait for their expiry.
        var settingsA = new Dictionary<string, string?>(settings) { ["Gateway:Cluster:InstanceName"] = "gateway-a" };
        var settingsB = new Dictionary<string, string?>(settings)
        {
            ["Gateway:Http:Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{portB}"),
            ["Gateway:Logging:Directory"] = Path.Combine(env.Directory, "logs-b"),
        };
        using var httpB = new HttpClient { BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{portB}/")), Timeout = TimeSpan.FromSeconds(60) };
        HttpClient[] instances = [env.Http, httpB];

        var random = new Random(20261203);
        var run = new Batch();
        Dictionary<string, string?>[] settingsOf = [settingsA, settingsB];
        GatewayProcess[] processes = [GatewayProcess.Start(env.ConfigPath, settingsA), GatewayProcess.Start(env.ConfigPath, settingsB)];
        var serverRestarts = 0;
        try
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "instance A did not become ready");
            Assert.True(await GatewayProcess.WaitReadyAsync(httpB, HangGuard), "instance B did not become ready");
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 2).Select(n => SendUntilStoppedAsync(env, instances, n, random, run, stop.Token)).ToArray();
            var sending = Task.WhenAll(senders);

            for (var kill = 0; kill < Kills; kill++)
            {
                var target = run.Acknowledged.Count + random.Next(2, 7);
                Assert.True(await RunningGateway.EventuallyAsync(() => run.Acknowledged.Count >= target || sending.IsCompleted, HangGuard), $"kill {kill + 1}: no acknowledgement to reach {target}");
                Assert.False(sending.IsFaulted, sending.Exception?.ToString());
                if (kill == RestartServerAtKill)
                {
                    // Both instances serve, then the database goes away under them and comes back: the same processes must
                    // acknowledge again, each at least twice, on connections they open anew.
                    Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard) && await GatewayProcess.WaitReadyAsync(httpB, HangGuard), "an instance did not become ready before the server restart");
                    await server.RestartAsync(immediate: true);
                    serverRestarts++;
                    var (ackedByA, ackedByB) = (run.AcknowledgedBy(0), run.AcknowledgedBy(1));
                    Assert.True(
                        await RunningGateway.EventuallyAsync(() => (run.AcknowledgedBy(0) >= ackedByA + 2 && run.AcknowledgedBy(1) >= ackedByB + 2) || sending.IsCompleted, HangGuard),
                        "an instance acknowledged nothing after the PostgreSQL restart");
                    Assert.False(processes.Any(p => p.HasExited), "an instance stopped when PostgreSQL restarted");
                }

                // B, A, B, …: the simulated providers answer 301s at A, and resend there until it is back.
                var victim = (kill + 1) % 2;
                await processes[victim].KillAsync();
                processes[victim].Dispose();
                processes[victim] = GatewayProcess.Start(env.ConfigPath, settingsOf[victim]);
            }

            var duringKills = run.Acknowledged.Count;
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard) && await GatewayProcess.WaitReadyAsync(httpB, HangGuard), "an instance did not become ready after its last restart");
            Assert.True(await RunningGateway.EventuallyAsync(() => run.Acknowledged.Count >= duringKills + 6 || sending.IsCompleted, HangGuard), "the instances acknowledged no further messages");
            await stop.CancelAsync();
            await sending;
            output.WriteLine($"{run.Acknowledged.Count} heen-berichten acknowledged ({run.AcknowledgedBy(0)} by A, {run.AcknowledgedBy(1)} by B), {run.Submitted.Count} 301s accepted from back offices; "
                + $"{Kills} SIGKILLs (A and B in turn), {serverRestarts} PostgreSQL restart; replies other than Bv03: {string.Join(", ", run.Refusals.GroupBy(r => r).Select(g => $"{g.Key} ×{g.Count()}"))}");
            // No 500 ever. Whether a request meets the outage with a 503/Fo03 depends on timing: a unit of work whose
            // connection broke is run again (a transient error), and succeeds when the server is back in time.
            Assert.DoesNotContain(run.Refusals, r => r.StartsWith("500", StringComparison.Ordinal));

            Assert.True(
                await env.Simulator.Traffic.WaitForAsync(r => run.Acknowledged.Values.All(m => r.Any(x => x.Accepted && x.Berichtcode == GgkBerichtcode.Du01 && x.PayloadText.Contains(m.Header.BerichtIdentificatie.Identificatie, StringComparison.Ordinal))), HangGuard),
                "not every acknowledged message got its answer to the hub");
            Assert.True(
                await env.Simulator.Traffic.WaitForAsync(r => run.Submitted.Keys.All(id => r.Any(x => x.Accepted && x.Functie == "JW301" && x.PayloadText.Contains(id, StringComparison.Ordinal))), HangGuard),
                "not every accepted 301 of a back office reached the hub");

            // The instances drain the rest (back-office posts, answers to 302s) before they are stopped.
            await using var watch = OpenStore(env.ConfigPath, connectionString);
            Assert.True(await QueueDrainedAsync(watch), "the instances did not drain the delivery queue");
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.KillAsync();
                process.Dispose();
            }
        }

        await using var store = OpenStore(env.ConfigPath, connectionString);
        Assert.True((await store.CheckIntegrityAsync()).IsOk);
        await AcknowledgedBatch.AssertEachOnceWithOneAnswerAsync(env, store, run.Acknowledged.Values, run.Submitted);
        await AssertNoDeliveryInFlightTwiceAsync(connectionString);
        await AssertNoSweepRanTwiceAtOnceAsync(store);
        var counters = await store.GetCountersAsync();
        output.WriteLine($"{counters.EventsByType.GetValueOrDefault(MessageEventTypes.LeaseReleasedAtStart)} leases taken back by restarted A from its killed run, "
            + $"{counters.EventsByType.GetValueOrDefault(MessageEventTypes.LeaseExpired)} expired leases, {counters.EventsByType.GetValueOrDefault(MessageEventTypes.DuplicateReceived)} duplicates received");
    }

    [Fact]
    public async Task SecondInstanceWithTheSameName_RefusedWithExit2NamingTheKey_FreeOnceTheFirstIsKilled()
    {
        var server = await PostgresServer.SharedAsync();
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();
        settings["Gateway:Storage:Provider"] = "Postgres";
        settings["Gateway:Storage:ConnectionString"] = await server.CreateDatabaseAsync("samename");
        settings["Gateway:Cluster:InstanceName"] = "gateway-1";
        var second = new Dictionary<string, string?>(settings) { ["Gateway:Http:Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{RunningGateway.FreePort()}") };
        var first = GatewayProcess.Start(env.ConfigPath, settings);
        try
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "the first instance did not become ready");

            var (code, _, error) = await GatewayProcess.RunToExitAsync(env.ConfigPath, second);

            Assert.Equal(2, code);
            Assert.Contains("Gateway:Cluster:InstanceName", error, StringComparison.Ordinal);
            Assert.Contains("'gateway-1'", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            await first.KillAsync();
            first.Dispose();
        }

        // The killed process's session is gone, and its lock on the name with it.
        using var restarted = GatewayProcess.Start(env.ConfigPath, settings);
        Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "the instance did not start again under its name");
        await restarted.KillAsync();
    }

    /// <summary>Per delivery, each attempt ended before the next began, whichever instance made them; none is left in flight.</summary>
    private async Task AssertNoDeliveryInFlightTwiceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT delivery_id, attempt, lease_owner, started_at, finished_at, outcome FROM delivery_attempt ORDER BY delivery_id, attempt", connection);
        var attempts = new List<(long Delivery, int Attempt, string Owner, long Started, long? Finished, string Outcome)>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                attempts.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetString(5)));
            }
        }

        Assert.DoesNotContain(attempts, t => t.Outcome == nameof(DeliveryAttemptOutcome.InProgress));
        foreach (var delivery in attempts.GroupBy(t => t.Delivery))
        {
            var ordered = delivery.OrderBy(t => t.Attempt).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(
                    ordered[i].Started >= ordered[i - 1].Finished,
                    $"delivery {delivery.Key}: attempt {ordered[i].Attempt} by {ordered[i].Owner} began while attempt {ordered[i - 1].Attempt} by {ordered[i - 1].Owner} was in flight");
            }
        }

        var owners = attempts.Select(t => t.Owner).Distinct().Count();
        output.WriteLine($"{attempts.Count} delivery attempts on {attempts.Select(t => t.Delivery).Distinct().Count()} deliveries by {owners} instance runs; "
            + string.Join(", ", attempts.GroupBy(t => t.Outcome).Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.True(owners >= 2, "only one instance sent anything");
    }

    /// <summary>Runs of one sweep by different instances never overlap (a dead run counts until its lease's end).</summary>
    private async Task AssertNoSweepRanTwiceAtOnceAsync(PostgresMessageStore store)
    {
        var runs = await new RelationalClusterLeases(store).ListRunsAsync();
        foreach (var sweep in runs.GroupBy(r => r.Name))
        {
            var ordered = sweep.OrderBy(r => r.StartedAt).ToList();
            foreach (var (earlier, later) in ordered.SelectMany((r, i) => ordered.Skip(i + 1).TakeWhile(l => l.StartedAt < r.EndedBy).Select(l => (r, l))))
            {
                Assert.True(earlier.Owner == later.Owner, $"sweep {sweep.Key}: run {later.Id} by {later.Owner} began while run {earlier.Id} by {earlier.Owner} could still run");
            }

            var takeovers = ordered.Zip(ordered.Skip(1)).Count(p => p.First.Owner != p.Second.Owner);
            output.WriteLine($"sweep {sweep.Key}: {ordered.Count} runs by {ordered.Select(r => r.Owner).Distinct().Count()} instance runs, {takeovers} takeovers; "
                + string.Join(", ", ordered.GroupBy(r => r.Outcome ?? "died").Select(g => $"{g.Key} ×{g.Count()}")));
        }

        foreach (var name in new[] { "retention", "deadlines", "lease-release", "outbox-pickup" })
        {
            Assert.Contains(runs, r => r.Name == name);
        }

        // Its holder was killed at least once (every instance was), so another run of an instance took it over.
        var pickups = runs.Where(r => r.Name == "outbox-pickup").ToList();
        Assert.True(pickups.Select(r => r.Owner).Distinct().Count() >= 2, "the outbox pickup was never taken over from a killed holder");
    }

    /// <summary>
    /// A provider's software behind the hub: one message after another, each posted to one instance and, until a Bv03
    /// comes back, again to the other (a killed or restarting instance, or the database away); every sixth turn a back
    /// office submits a 301 to an instance the same way.
    /// </summary>
    private static async Task SendUntilStoppedAsync(RunningGateway env, HttpClient[] instances, int sender, Random random, Batch run, CancellationToken stop)
    {
        var documents = Some.BackOfficeDocuments();
        for (var sent = 0; !stop.IsCancellationRequested && sent < 300; sent++)
        {
            if (sent % 6 == 5)
            {
                var gemeentecode = (sender + sent) % 2 == 0 ? "0363" : "0599";
                var turn = sender + sent;
                run.Submitted[await AcknowledgedBatch.SubmitUntilAcceptedAsync(env, documents, gemeentecode, attempt => instances[(turn + attempt) % 2], run.Gate)] = gemeentecode;
            }

            Bericht bericht;
            lock (run.Gate)
            {
                bericht = env.Simulator.Provider.TryBuild(Mix[random.Next(Mix.Length)])
                    ?? env.Simulator.Provider.Messages.VerzoekOmToewijzing(Some.NextClient(env.Simulator, Gemeenten[random.Next(Gemeenten.Length)]), Some.Agb(env.Simulator));
            }

            var soap = GgkSoap.ToBytes(Some.Envelope(bericht));
            for (var attempt = sender + sent; ; attempt++)
            {
                var instance = attempt % 2;
                var reply = await PostAsync(instances[instance], soap);
                if (reply == "Bv03")
                {
                    run.Acknowledge(bericht, instance);
                    break;
                }

                if (reply is not null)
                {
                    run.Refusals.Add(reply);
                }

                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    /// <summary>The reply to one post ("Bv03", or status and reply such as "503 Fo03"), or null when the instance could not be reached.</summary>
    private static async Task<string?> PostAsync(HttpClient http, byte[] soap)
    {
        try
        {
            var answer = await GgkRequests.PostAsync(http, GgkRequests.Soap(soap));
            return answer.Reply.Berichtcode == GgkBerichtcode.Bv03 && answer.Status == HttpStatusCode.OK
                ? "Bv03"
                : string.Create(CultureInfo.InvariantCulture, $"{(int)answer.Status} {answer.Reply.Berichtcode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or GgkEnvelopeException)
        {
            return null;
        }
    }

    private static async Task<bool> QueueDrainedAsync(PostgresMessageStore store)
    {
        var started = TimeProvider.System.GetTimestamp();
        while ((await store.GetQueueDepthAsync()).Any(d => d.State is DeliveryState.Pending or DeliveryState.Sending && d.Count > 0))
        {
            if (TimeProvider.System.GetElapsedTime(started) > HangGuard)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>A store client of the test's own on the instances' database, with the configuration's keys.</summary>
    internal static PostgresMessageStore OpenStore(string configPath, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(configPath).Build();
        var options = configuration.GetSection("Gateway:Storage").Get<StorageOptions>()!;
        options.Provider = "Postgres";
        options.ConnectionString = connectionString;
        return new PostgresMessageStore(options, TimeProvider.System);
    }

    /// <summary>What the senders saw: acknowledged messages with the instance that acknowledged them, accepted 301s, other replies.</summary>
    private sealed class Batch
    {
        private readonly int[] _by = new int[2];

        /// <summary>Held while the senders build messages from the simulator's shared state.</summary>
        public Lock Gate { get; } = new();

        public ConcurrentDictionary<string, Bericht> Acknowledged { get; } = new();

        public ConcurrentDictionary<string, string> Submitted { get; } = new();

        public ConcurrentBag<string> Refusals { get; } = [];

        public int AcknowledgedBy(int instance) => Volatile.Read(ref _by[instance]);

        public void Acknowledge(Bericht bericht, int instance)
        {
            Acknowledged[bericht.Header.BerichtIdentificatie.Identificatie] = bericht;
            Interlocked.Increment(ref _by[instance]);
        }
    }
}
