using Gateway.Bench.Inputs;
using Gateway.Bench.Load.Client;
using Gateway.Bench.Load.Stack;
using Gateway.Bench.Load.Workload;
using Gateway.Testing.Network;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.Bench;

/// <summary>
/// The load benchmark's core (bench/Gateway.Bench.Load) run small, so it cannot rot unnoticed: a `gateway run` process on
/// a SQLite store started the way the benchmark starts it, the back offices' 301s through the API, then two mixed batches
/// through /ggk and the API — every kind the benchmark sends — and every message is acknowledged, counted as stored by the
/// gateway's own committed-event counters, and accepted on all levels. Sized by counts; the clock is only a hang guard.
/// </summary>
public sealed class LoadBenchSmokeTests(ITestOutputHelper output)
{
    private const int Toewijzingen = 12;
    private const int BatchSize = 30;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task LoadClientCore_SmallMixedBatches_EveryMessageAcknowledgedStoredAndAccepted()
    {
        var directory = Directory.CreateTempSubdirectory("gateway-load-smoke-").FullName;
        try
        {
            var repo = RepositoryLayout.Find(RepoPaths.Root);
            var config = GatewayConfig.Write(directory, repo, FreePort.Next(), FreePort.Next(), new Dictionary<string, string> { ["DatabasePath"] = Path.Combine(directory, "data", "gateway.db") });
            using var gateway = GatewayInstance.Start(Path.Combine(AppContext.BaseDirectory, "gateway.dll"), config, FreePort.Next(), "gateway1", new Dictionary<string, string> { ["Gateway:Jobs:DeliverySweep"] = "01:00:00" });
            await gateway.WaitReadyAsync(HangGuard);
            using var client = new LoadClient([gateway.BaseUrl], connectionsPerGateway: 8);
            var traffic = new RegionTraffic(repo.Samples);
            var before = await MetricsScrape.ReadAsync([gateway.BaseUrl]);

            var sent = new List<LoadItem>();
            for (var batch = 0; batch < 3; batch++)
            {
                // Built before sending, as the benchmark does; a batch acts on what the earlier ones stored (a 307 on a 305 of the batch before).
                var items = batch == 0 ? traffic.Toewijzingen(Toewijzingen) : traffic.Mix(BatchSize);
                var result = await client.ClosedLoopAsync(items, senders: 4, HangGuard, HangGuard);
                Assert.All(result.Outcomes.Select((o, i) => (Outcome: o, items[i].Kind)), r => Assert.True(r.Outcome == Outcome.Acknowledged, $"{r.Kind}: {r.Outcome}"));
                foreach (var item in items)
                {
                    item.OnAcknowledged?.Invoke();
                }

                sent.AddRange(items);
            }

            var after = await MetricsScrape.ReadAsync([gateway.BaseUrl]);
            var kinds = sent.Select(s => s.Kind[^3..]).Distinct().Order(StringComparer.Ordinal).ToList();
            output.WriteLine($"{sent.Count} messages: {string.Join(", ", sent.GroupBy(s => s.Kind).Select(g => $"{g.Key} ×{g.Count()}"))}");
            Assert.Equal(["301", "305", "307", "315", "317", "323"], kinds);
            Assert.Equal(sent.Count(s => s.Route == Route.Ggk), after.Messages("received") - before.Messages("received"));
            Assert.Equal(sent.Count(s => s.Route == Route.BackOffice), after.Messages("submitted") - before.Messages("submitted"));
            Assert.Equal(0, after.Messages("rejected") - before.Messages("rejected"));
            Assert.Equal(sent.Count, after.Messages("accepted") - before.Messages("accepted"));
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
