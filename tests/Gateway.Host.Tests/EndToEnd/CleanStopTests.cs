using System.Globalization;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Cluster;
using Gateway.Routing.Store;
using Gateway.Storage.Cluster;
using Gateway.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// `gateway run` instances on one PostgreSQL server, stopped cleanly (SIGTERM) or losing their instance name's lock to a
/// server restart. Leases are long here (half an hour), so work that moves to another instance at once can only have been
/// given back, never have expired; every wait ends on a count, the clock only guards against a hang.
/// </summary>
public sealed class CleanStopTests(ITestOutputHelper output)
{
    private const int Messages = 6;
    private const string BackOffice = "destination <> 'hub'";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task CleanStop_InstanceGivesBackItsDeliveryAndSweepLeases_AnotherDeliversAtOnceWithoutExpiry()
    {
        var server = await PostgresServer.SharedAsync();
        var connectionString = await server.CreateDatabaseAsync("cleanstop");
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();
        settings["Gateway:Storage:Provider"] = "Postgres";
        settings["Gateway:Storage:ConnectionString"] = connectionString;
        settings["Gateway:Contracts:ContractsFile"] = CrashTests.WarnOnlyContracts(env.Directory);
        settings["Gateway:Delivery:LeaseDuration"] = "00:30:00";
        settings["Gateway:Delivery:AttemptTimeout"] = "00:03:00";
        settings["Gateway:Delivery:MaxParallelPerDestination"] = "1";
        var settingsA = new Dictionary<string, string?>(settings) { ["Gateway:Cluster:InstanceName"] = "gateway-a" };
        var settingsB = new Dictionary<string, string?>(settings) { ["Gateway:Cluster:InstanceName"] = "gateway-b" };

        // The back office takes every post and answers none until the test lets it: A's sends hang, or wait their turn.
        using var answer = new ManualResetEventSlim(false);
        env.Sink.Answer = _ =>
        {
            answer.Wait(HangGuard);
            return 200;
        };

        await using var watch = MultiInstanceTests.OpenStore(env.ConfigPath, connectionString);
        var leases = new RelationalClusterLeases(watch);
        using (var a = GatewayProcess.Start(env.ConfigPath, settingsA))
        {
            try
            {
                Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "instance A did not become ready: " + a.Error);
                // Posted together, so that one sweep claims several: one is sent (and hangs), the others wait their turn.
                var berichten = Enumerable.Range(0, Messages).Select(_ => env.Simulator.Provider.Messages.VerzoekOmToewijzing(Some.NextClient(env.Simulator, "0363"), Some.Agb(env.Simulator))).ToList();
                await Task.WhenAll(berichten.Select(bericht => SendAsync(env, bericht)));
                Assert.True(
                    await UntilAsync(async () => await CountAsync(connectionString, BackOffice) >= Messages && await CountAsync(connectionString, BackOffice + " AND state = 'Sending' AND lease_owner LIKE 'gateway-a#%'") > 0 && await HoldsSweepAsync(leases, "gateway-a#")),
                    $"instance A did not claim a back-office delivery and a sweep lease: {await CountAsync(connectionString, BackOffice)} back-office deliveries, {await CountAsync(connectionString, "state = 'Sending'")} sending, leases {string.Join(", ", (await leases.ListLeasesAsync()).Select(l => l.Name + ":" + l.Owner))}");


                Assert.Equal(0, await a.TerminateAsync(HangGuard));
            }
            finally
            {
                await a.KillAsync();
            }
        }

        // Before any other instance runs: nothing is left leased by A.
        Assert.Equal(0, await CountAsync(connectionString, "state = 'Sending'"));
        Assert.DoesNotContain(await leases.ListLeasesAsync(), l => l.Owner.StartsWith("gateway-a#", StringComparison.Ordinal));
        Assert.DoesNotContain(await leases.ListRunsAsync(), r => r.Outcome is null);
        var stopped = await watch.GetCountersAsync();
        var released = stopped.EventsByType.GetValueOrDefault(MessageEventTypes.LeaseReleasedAtStop);
        var givenBack = stopped.EventsByType.GetValueOrDefault(MessageEventTypes.DeliveryGivenBack);
        output.WriteLine($"A held deliveries at its stop: {released} mid-attempt (released, attempt counted), {givenBack} not yet attempted (given back uncounted)");
        Assert.True(released + givenBack > 0, "A gave nothing back");
        Assert.Equal(released, await AttemptsAsync(connectionString, "outcome = 'Abandoned' AND lease_owner LIKE 'gateway-a#%'"));
        Assert.Equal(0, await AttemptsAsync(connectionString, "outcome = 'InProgress'"));

        answer.Set();
        using var b = GatewayProcess.Start(env.ConfigPath, settingsB);
        try
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "instance B did not become ready: " + b.Error);
            Assert.True(await UntilAsync(async () => await CountAsync(connectionString, "state <> 'Delivered'") == 0), "instance B did not deliver what A gave back");
            Assert.True(await UntilAsync(() => HoldsSweepAsync(leases, "gateway-b#")), "instance B took no sweep lease");
        }
        finally
        {
            await b.KillAsync();
        }

        // Half-hour leases, yet everything moved: given back, not expired.
        var counters = await watch.GetCountersAsync();
        Assert.Equal(0, counters.EventsByType.GetValueOrDefault(MessageEventTypes.LeaseExpired));
        // A's back office sink answered nothing: B delivered every back-office delivery, the ones A gave back among them.
        Assert.Equal(await IdsAsync(connectionString, BackOffice), await IdsAsync(connectionString, BackOffice + " AND id IN (SELECT delivery_id FROM delivery_attempt WHERE outcome = 'Delivered' AND lease_owner LIKE 'gateway-b#%')"));
    }

    [Fact]
    public async Task InstanceNameTakenWhilePostgresRestarted_HolderStopsWithExit2NamingTheKey_NeverTwoUnderOneName()
    {
        await using var server = await PostgresServer.StartOwnAsync();
        var connectionString = await server.CreateDatabaseAsync("namelock");
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var settings = RunningGateway.FastRetries();
        settings["Gateway:Storage:Provider"] = "Postgres";
        settings["Gateway:Storage:ConnectionString"] = connectionString;
        settings["Gateway:Cluster:InstanceName"] = "gateway-1";
        // Checked now and then, so that the test, asking at once after a restart, is usually first.
        settings["Gateway:Jobs:InstanceNameCheck"] = "00:00:03";
        await using var other = MultiInstanceTests.OpenStore(env.ConfigPath, connectionString);
        var otherLeases = new RelationalClusterLeases(other);

        using var holder = GatewayProcess.Start(env.ConfigPath, settings);
        IInstanceLock? taken = null;
        try
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, HangGuard), "the instance did not become ready");
            for (var restart = 1; taken is null; restart++)
            {
                // While the server restarts the holder's session ends; whoever asks first afterwards gets the name.
                await server.RestartAsync(immediate: true);
                taken = await TryTakeNameAsync(otherLeases);
                output.WriteLine($"restart {restart}: {(taken is null ? "the running instance took its name back first" : "another process took the name")}");
                if (taken is null)
                {
                    Assert.False(holder.HasExited, "the instance stopped though it took its name back");
                    Assert.True(restart < 10, "the running instance took its name back first after every restart");
                }
            }

            var code = await holder.WaitForExitAsync(HangGuard);

            Assert.True(code == 2, $"exit code {code}: {holder.Error}");
            Assert.Contains("Gateway:Cluster:InstanceName", holder.Error, StringComparison.Ordinal);
            Assert.Contains("'gateway-1'", holder.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", holder.Error, StringComparison.Ordinal);
        }
        finally
        {
            await holder.KillAsync();
            if (taken is not null)
            {
                await taken.DisposeAsync();
            }
        }
    }

    /// <summary>The name's lock for the test, once the restarted server answers; null when a live session holds it.</summary>
    private static async Task<IInstanceLock?> TryTakeNameAsync(RelationalClusterLeases leases)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await leases.TryLockInstanceAsync("gateway-1");
            }
            catch (NpgsqlException) when (tries < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    private static async Task SendAsync(RunningGateway env, Gateway.Messages.Model.Bericht bericht)
    {
        var answer = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(Some.Envelope(bericht))));
        Assert.Equal(GgkBerichtcode.Bv03, answer.Reply.Berichtcode);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; false only when the hang guard ran out.</summary>
    private static async Task<bool> UntilAsync(Func<Task<bool>> condition)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > HangGuard)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    private static async Task<bool> HoldsSweepAsync(RelationalClusterLeases leases, string ownerPrefix) =>
        (await leases.ListLeasesAsync()).Any(l => l.Owner.StartsWith(ownerPrefix, StringComparison.Ordinal));

    private static async Task<long> CountAsync(string connectionString, string where)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM delivery WHERE " + where, connection);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<long> AttemptsAsync(string connectionString, string where)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM delivery_attempt WHERE " + where, connection);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<long>> IdsAsync(string connectionString, string where)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT id FROM delivery WHERE " + where + " ORDER BY id", connection);
        var ids = new List<long>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
