using System.Diagnostics;
using System.Globalization;
using Gateway.Bench.Inputs;
using Gateway.Bench.Load.Client;
using Gateway.Bench.Load.Report;
using Gateway.Bench.Load.Stack;
using Gateway.Bench.Load.Workload;
using Gateway.Testing.Network;
using Gateway.Testing.Postgres;

namespace Gateway.Bench.Load;

/// <summary>
/// One scenario: its gateway instances started on a fresh store, the back offices' 301s handed in (the back-office API at
/// saturation), a warm-up, then the open-loop rates, a closed-loop saturation run, and the queue drained into the hub
/// simulator and an HTTP back office. Deliveries wait during intake: the delivery sweep runs once an hour until the
/// instances are restarted for the drain with a sweep every 0.1 s.
/// </summary>
internal sealed class ScenarioRun(LoadOptions options, RepositoryLayout repo, string gateway, Func<Task<PostgresServer>> postgres, TextWriter log)
{
    private const string OpenLoop = "open";

    /// <summary>The setup stops after this many times --seconds, however few 301s got in: a slow store must not make the run endless.</summary>
    private const int SetupSecondsPerRate = 3;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<ResultRow>> RunAsync(string scenario)
    {
        var count = scenario == "postgres2" ? 2 : 1;
        var directory = Directory.CreateTempSubdirectory("gateway-load-" + scenario + "-").FullName;
        var instances = new List<GatewayInstance>();
        var rows = new List<ResultRow>();
        try
        {
            var server = scenario == "sqlite" ? null : await postgres();
            var database = server is null ? null : new PostgresSide(await server.CreateDatabaseAsync("load_" + scenario), ServerCpu.Postmaster(Path.Combine(server.Root, "data")));
            var storage = database is null
                ? new Dictionary<string, string> { ["DatabasePath"] = Path.Combine(directory, "data", "gateway.db") }
                : new Dictionary<string, string> { ["Provider"] = "Postgres", ["ConnectionString"] = database.ConnectionString };
            var hubPort = FreePort.Next();
            var sinkPort = FreePort.Next();
            var ports = Enumerable.Range(0, count).Select(_ => FreePort.Next()).ToArray();
            var config = GatewayConfig.Write(directory, repo, hubPort, sinkPort, storage);
            var intake = new Dictionary<string, string> { ["Gateway:Jobs:DeliverySweep"] = "01:00:00" };
            await StartAsync(instances, config, ports, intake);
            var urls = instances.Select(i => i.BaseUrl).ToArray();
            using var client = new LoadClient(urls, options.Connections);
            var traffic = new RegionTraffic(repo.Samples);
            log.WriteLine($"{scenario}: {count} instance(s) ready; {directory}");

            var total = options.Rates.Sum(r => r * options.Seconds) + SaturationCount();
            var setup = traffic.Toewijzingen(Math.Min(options.MaxSetup, Math.Max(50, total / 6)));
            rows.Add(await MeasureAsync(scenario, database, "setup: 301 via back-office API", $"closed, {options.Senders} senders", instances, setup,
                () => client.ClosedLoopAsync(setup, options.Senders, TimeSpan.FromSeconds(SetupSecondsPerRate * options.Seconds), HangGuard)));

            // Untimed: every kind once through the JIT before the first rate.
            var warmup = traffic.Mix(options.Warmup);
            Learn(warmup, await client.ClosedLoopAsync(warmup, options.Senders, HangGuard, HangGuard));

            foreach (var rate in options.Rates)
            {
                var items = traffic.Mix(rate * options.Seconds);
                rows.Add(await MeasureAsync(scenario, database, string.Create(CultureInfo.InvariantCulture, $"{rate:N0}/s for {options.Seconds} s"), OpenLoop, instances, items,
                    () => client.OpenLoopAsync(items, rate, TimeSpan.FromSeconds(LoadOptions.MaxBehindSeconds), HangGuard)));
                log.WriteLine($"{scenario}: {rows[^1].Phase}: {rows[^1].PerSecond:N0} msg/s, p99 {rows[^1].P99:N1} ms, {rows[^1].GatewayCpuPerMessage:0.00} ms CPU per message (server {rows[^1].ServerCpuPerMessage:0.00}); {rows[^1].Notes}");
            }

            var saturation = traffic.Mix(SaturationCount());
            rows.Add(await MeasureAsync(scenario, database, string.Create(CultureInfo.InvariantCulture, $"saturation, {options.Seconds} s"), $"closed, {options.Senders} senders", instances, saturation,
                () => client.ClosedLoopAsync(saturation, options.Senders, TimeSpan.FromSeconds(options.Seconds), HangGuard)));
            log.WriteLine($"{scenario}: saturation: {rows[^1].PerSecond:N0} msg/s, p99 {rows[^1].P99:N1} ms, {rows[^1].GatewayCpuPerMessage:0.00} ms CPU per message (server {rows[^1].ServerCpuPerMessage:0.00}); {rows[^1].Notes}");
            if (options.PerKind > 0)
            {
                rows.AddRange(await PerKindAsync(scenario, database, instances, client, traffic));
            }

            rows.Add(await DrainAsync(scenario, instances, config, ports, hubPort, sinkPort));
            log.WriteLine($"{scenario}: drained {rows[^1].Acknowledged:N0} deliveries at {rows[^1].PerSecond:N0}/s");
            return rows;
        }
        finally
        {
            instances.ForEach(i => i.Dispose());
            if (!options.Keep)
            {
                TryDelete(directory);
            }
        }
    }

    /// <summary>
    /// Each kind alone, closed loop: the gateway's CPU time over the run divided by the messages acknowledged is its cost per
    /// message of that kind, a figure that holds on a shared machine where messages per second do not.
    /// </summary>
    private async Task<IReadOnlyList<ResultRow>> PerKindAsync(string scenario, PostgresSide? database, List<GatewayInstance> instances, LoadClient client, RegionTraffic traffic)
    {
        var rows = new List<ResultRow>();
        foreach (var code in RegionTraffic.Kinds)
        {
            var items = traffic.OfKind(code, options.PerKind);
            if (items.Count == 0)
            {
                log.WriteLine($"{scenario}: per kind: nothing acknowledged yet that a {(int)code} could act on; skipped");
                continue;
            }

            var route = items[0].Route == Route.BackOffice ? "back-office API" : "/ggk";
            var phase = string.Create(CultureInfo.InvariantCulture, $"per kind: {(int)code} via {route}");
            rows.Add(await MeasureAsync(scenario, database, phase, $"closed, {options.Senders} senders", instances, items,
                () => client.ClosedLoopAsync(items, options.Senders, HangGuard, HangGuard)));
            log.WriteLine($"{scenario}: {phase}: {rows[^1].PerSecond:N0} msg/s, {ResultRow.CpuPerMessage(rows[^1].GatewayCpu, rows[^1].Acknowledged):0.00} ms CPU per message");
        }

        return rows;
    }

    /// <summary>Enough messages that the closed loop runs for its seconds at the highest rate asked for.</summary>
    private int SaturationCount() => options.Rates.Max() * options.Seconds;

    private async Task StartAsync(List<GatewayInstance> instances, string config, int[] ports, Dictionary<string, string> settings)
    {
        for (var i = 0; i < ports.Length; i++)
        {
            instances.Add(GatewayInstance.Start(gateway, config, ports[i], "gateway" + (i + 1).ToString(CultureInfo.InvariantCulture), settings));
        }

        await Task.WhenAll(instances.Select(i => i.WaitReadyAsync(HangGuard)));
    }

    /// <summary>
    /// One run of <paramref name="items"/>, with the gateways' counters, CPU and allocations before and after; on
    /// PostgreSQL (<paramref name="database"/>) also the server's CPU and what the gateways' sessions were doing meanwhile.
    /// </summary>
    private async Task<ResultRow> MeasureAsync(string scenario, PostgresSide? database, string phase, string mode, List<GatewayInstance> instances, IReadOnlyList<LoadItem> items, Func<Task<RunResult>> run)
    {
        var urls = instances.Select(i => i.BaseUrl).ToArray();
        var before = await MetricsScrape.ReadAsync(urls);
        var gatewayCpu = instances.Sum(i => i.CpuTime().TotalSeconds);
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpu = database?.CpuSeconds() ?? double.NaN;
        await using var activity = database is null ? null : PostgresActivity.Start(database.ConnectionString);
        var result = await run();
        var sessions = activity is null ? "" : await activity.StopAsync();
        var serverUsed = (database?.CpuSeconds() ?? double.NaN) - serverCpu - (activity?.OwnServerCpuSeconds ?? 0);
        var clientUsed = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;
        var gatewayUsed = instances.Sum(i => i.CpuTime().TotalSeconds) - gatewayCpu;
        var after = await MetricsScrape.ReadAsync(urls);
        Learn(items, result);
        var accepted = after.Messages("accepted") - before.Messages("accepted");
        var rejected = after.Messages("rejected") - before.Messages("rejected");
        var notes = new List<string>
        {
            "acknowledged: " + string.Join(", ", items.Where((_, i) => result.Outcomes[i] == Outcome.Acknowledged).GroupBy(x => x.Kind[^3..]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count():N0}")),
        };
        var rules = after.RuleRejections().Select(r => (r.Key, Count: r.Value - before.RuleRejections().GetValueOrDefault(r.Key))).Where(r => r.Count > 0).OrderByDescending(r => r.Count).Take(5).ToList();
        if (rules.Count > 0)
        {
            notes.Add("rule rejections: " + string.Join(", ", rules.Select(r => $"{r.Key} ×{r.Count:N0}")));
        }

        if (sessions.Length > 0)
        {
            notes.Add(sessions);
        }

        // In a closed loop the items left when the time is up were simply not needed; in an open loop they were due.
        var open = mode == OpenLoop;
        var notSent = open ? result.Count(Outcome.NotSent) : 0;
        if (notSent > 0)
        {
            notes.Add($"fell more than {LoadOptions.MaxBehindSeconds:0} s behind: stopped scheduling after {result.Sent:N0} of {items.Count:N0}");
        }

        return new ResultRow(scenario, phase, mode, result.Sent, result.Count(Outcome.Acknowledged), result.Count(Outcome.Busy), result.Count(Outcome.Refused), result.Count(Outcome.Failed),
            notSent, accepted, rejected, result.AcknowledgedPerSecond, result.Latency(50), result.Latency(99), result.Latency(100), gatewayUsed, clientUsed, string.Join("; ", notes))
        {
            GatewayAllocated = after.AllocatedBytes - before.AllocatedBytes,
            ServerCpu = serverUsed,
        };
    }

    /// <summary>What the acknowledged messages make possible in the next batches (a 301's toewijzingen, a 305's stop).</summary>
    private static void Learn(IReadOnlyList<LoadItem> items, RunResult result)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (result.Outcomes[i] == Outcome.Acknowledged)
            {
                items[i].OnAcknowledged?.Invoke();
            }
        }
    }

    /// <summary>
    /// The instances restarted with the delivery sweep every 0.1 s and the hub and back office listening: deliveries per
    /// second from the first one received to the last one of the queue (or the end of --drain-seconds).
    /// </summary>
    private async Task<ResultRow> DrainAsync(string scenario, List<GatewayInstance> instances, string config, int[] ports, int hubPort, int sinkPort)
    {
        // The queue gauge is the shared store's, the same at every instance: read from one, or two instances count it twice.
        var queued = (await MetricsScrape.ReadAsync([instances[0].BaseUrl])).OpenDeliveries;
        instances.ForEach(i => i.Dispose());
        instances.Clear();
        await using var sinks = await DeliverySinks.StartAsync(hubPort, sinkPort);
        await StartAsync(instances, config, ports, new Dictionary<string, string> { ["Gateway:Jobs:DeliverySweep"] = "00:00:00.1" });
        var gatewayCpu = instances.Sum(i => i.CpuTime().TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        long? first = null;
        var last = started;
        var limit = TimeSpan.FromSeconds(options.DrainSeconds);
        var (hub, backOffice) = (0, 0);
        while (hub + backOffice < queued)
        {
            (hub, backOffice) = (sinks.HubReceived, sinks.BackOfficeReceived);
            var now = Stopwatch.GetTimestamp();
            if (hub + backOffice > 0)
            {
                first ??= now;
                last = now;
            }

            if (Stopwatch.GetElapsedTime(first ?? started, now) > limit || Stopwatch.GetElapsedTime(started, now) > HangGuard)
            {
                break;
            }

            await Task.Delay(20);
        }

        var elapsed = Stopwatch.GetElapsedTime(first ?? started, last);
        var left = (await MetricsScrape.ReadAsync([instances[0].BaseUrl])).OpenDeliveries;
        var cpu = instances.Sum(i => i.CpuTime().TotalSeconds) - gatewayCpu;

        // Stopped before the hub and back office go away, so no delivery fails on the way out.
        instances.ForEach(i => i.Dispose());
        instances.Clear();
        var received = hub + backOffice;
        var notes = $"{queued:N0} deliveries queued during intake; received by the hub {hub:N0}, by the back offices {backOffice:N0}; {left:N0} still open at the end"
            + (received < queued ? $" (stopped after {options.DrainSeconds} s)" : "");
        return new ResultRow(scenario, "drain into hub + back offices", "sweep 0.1 s", (int)queued, received, 0, 0, 0, 0, double.NaN, double.NaN,
            elapsed > TimeSpan.Zero ? received / elapsed.TotalSeconds : 0, double.NaN, double.NaN, double.NaN, cpu, double.NaN, notes);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process on its way out: the temp folder keeps it.
        }
    }
}
