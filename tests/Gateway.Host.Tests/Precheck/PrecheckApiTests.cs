using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Host.Demo;
using Gateway.Host.Precheck;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Precheck;

/// <summary>
/// The providers' pre-check over real loopback HTTP and on the command line, against the demo region's SQLite ledger
/// and contract register: a 323 level 3 rejects and one that passes, with the store (every table, the ledger among
/// them) and the traffic counters the same before and after.
/// </summary>
public sealed class PrecheckApiTests : IAsyncLifetime
{
    private static readonly Lazy<DemoContracts> Contracts = new(() => DemoContracts.Load(RepoPaths.Sample()));

    private RunningGateway _gateway = null!;
    private byte[] _passing = [];
    private byte[] _rejected = [];
    private string _agb = "";

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(new() { ["Gateway:Contracts:CheckDagtekening"] = "false" });
        var toewijzingen = await AllocateAndSettleAsync("0363");
        var factory = _gateway.Simulator.Provider.Messages;
        var declaratie = factory.Declaratie(toewijzingen, new Random(1), factory.LastMonth, Contracts.Value.Tarief);
        _agb = declaratie.Header.Afzender;
        _passing = BerichtWriter.ToBytes(declaratie);

        // The sample 323 from this provider: its prestaties link to no toewijzing in the ledger (9338, level 3).
        _rejected = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Sample("iwmo", "wmo323-declaratie.xml")).Replace(">98031234<", $">{_agb}<", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Precheck_RejectedAndPassing323_AnswersAndExplains_StoreAndCountersUnchanged()
    {
        var before = await StoreDump.ReadAsync(_gateway.DatabasePath);
        var countersBefore = await TrafficCountersAsync();

        using var rejected = await PrecheckAsync(_rejected, _agb);
        using var passing = await PrecheckAsync(_passing, _agb);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var no = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rejected", no.GetProperty("verdict").GetString());
        Assert.False(no.GetProperty("wouldBeAccepted").GetBoolean());
        Assert.Equal("WMO325", no.GetProperty("answerName").GetString());
        Assert.Contains("<", no.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var code = Assert.Single(no.GetProperty("retourCodes").EnumerateArray(), c => c.GetProperty("code").GetString() == "9338");
        Assert.Equal(3, code.GetProperty("level").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(code.GetProperty("fixEn").GetString()));
        Assert.Contains(no.GetProperty("findings").EnumerateArray(), f => f.GetProperty("retourCode").GetString() == "9338" && f.GetProperty("level").GetInt32() == 3 && f.GetProperty("where").GetString()!.Contains("Prestatie", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, passing.StatusCode);
        var yes = JsonDocument.Parse(await passing.Content.ReadAsStringAsync()).RootElement;
        Assert.True(yes.GetProperty("wouldBeAccepted").GetBoolean(), yes.ToString());
        Assert.Equal("accepted", yes.GetProperty("verdict").GetString());
        Assert.Equal("JW325", yes.GetProperty("answerName").GetString());
        Assert.Empty(yes.GetProperty("findings").EnumerateArray());
        Assert.All(yes.GetProperty("retourCodes").EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("meaningEn").GetString())));

        Assert.Empty(StoreDump.Differences(before, await StoreDump.ReadAsync(_gateway.DatabasePath)));
        Assert.Equal(countersBefore, await TrafficCountersAsync());

        // Still not received: the real 323 is accepted as new, not as a copy of a pre-checked one.
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(BerichtReader.Read(_passing));
        Assert.Equal("Bv03", sent.Reply);
        await using (var tx = await _gateway.Store.BeginAsync())
        {
            Assert.Equal(MessageState.Accepted, (await tx.FindByEnvelopeAsync(_agb, sent.Referentienummer))!.State);
        }

        Assert.Contains(StoreDump.Differences(before, await StoreDump.ReadAsync(_gateway.DatabasePath)), d => d.StartsWith("ledger_prestatie:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Precheck_AsAnotherAgbOrUnknown_Refused_NothingStored()
    {
        var before = await StoreDump.ReadAsync(_gateway.DatabasePath);
        var other = _agb == "23456789" ? "34567890" : "23456789";

        using var asOther = await PrecheckAsync(_passing, other);
        using var unknown = await PrecheckAsync(_passing, "99999999");
        using var anonymous = await PrecheckAsync(_passing, null);
        using var hub = await PrecheckAsync(_passing, "IB");

        Assert.Equal(HttpStatusCode.Forbidden, asOther.StatusCode);
        Assert.Contains($"may not send for AGB {_agb}", await asOther.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
        Assert.Empty(StoreDump.Differences(before, await StoreDump.ReadAsync(_gateway.DatabasePath)));
    }

    [Fact]
    public async Task PrecheckCommand_ExitCodes_ZeroAccepted_OneRejected_TwoUsage()
    {
        await _gateway.StopGatewayAsync();
        var passing = Path.Combine(_gateway.Directory, "passing.xml");
        var rejected = Path.Combine(_gateway.Directory, "rejected.xml");
        await File.WriteAllBytesAsync(passing, _passing);
        await File.WriteAllBytesAsync(rejected, _rejected);
        var before = await StoreDump.ReadAsync(_gateway.DatabasePath);

        var yes = GatewayCli.RunAt(TimeProvider.System, "precheck", passing, "--config", _gateway.ConfigPath);
        var no = GatewayCli.RunAt(TimeProvider.System, "precheck", rejected, "--config", _gateway.ConfigPath);
        var json = GatewayCli.RunAt(TimeProvider.System, "precheck", rejected, "--config", _gateway.ConfigPath, "--json");
        var missing = GatewayCli.RunAt(TimeProvider.System, "precheck", Path.Combine(_gateway.Directory, "nothing.xml"), "--config", _gateway.ConfigPath);
        var noArgument = GatewayCli.RunAt(TimeProvider.System, "precheck", "--config", _gateway.ConfigPath);

        Assert.True(yes.ExitCode == 0, yes.Out + yes.Error);
        Assert.StartsWith("ACCEPTED", yes.Out, StringComparison.Ordinal);
        Assert.Equal(1, no.ExitCode);
        Assert.Contains("9338", no.Out, StringComparison.Ordinal);
        Assert.Contains("Fix (EN):", no.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("rejected", JsonDocument.Parse(json.Out).RootElement.GetProperty("verdict").GetString());
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, noArgument.ExitCode);
        Assert.Empty(StoreDump.Differences(before, await StoreDump.ReadAsync(_gateway.DatabasePath)));
    }

    /// <summary>A 301 from the back office, delivered to the hub and answered by the provider with its 302, everything delivered: then nothing moves.</summary>
    private async Task<IReadOnlyList<Gateway.HubSimulator.Provider.KnownToewijzing>> AllocateAndSettleAsync(string gemeentecode)
    {
        var toewijzingen = await Allocations.AllocateAsync(_gateway, gemeentecode);
        var started = TimeProvider.System.GetTimestamp();
        while (!await AnsweredAsync())
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(60), "The 301 was not answered by the provider.");
            await Task.Delay(100);
        }

        Assert.True(await _gateway.WaitForEmptyQueueAsync(TimeSpan.FromSeconds(60)));
        return toewijzingen;

        async Task<bool> AnsweredAsync() =>
            (await StoreDump.ReadAsync(_gateway.DatabasePath))["message"].Any(r => r.Contains($"|{MessageState.Answered}|", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PrecheckAsync(byte[] payload, string? zender)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PrecheckApi.Path.TrimStart('/')) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        if (zender is not null)
        {
            request.Headers.Add(PrecheckApi.ZenderHeader, zender);
        }

        return await _gateway.Http.SendAsync(request);
    }

    /// <summary>The counters of real traffic (events and messages) as /metrics shows them.</summary>
    private async Task<string> TrafficCountersAsync()
    {
        var metrics = await _gateway.Http.GetStringAsync("metrics");
        return string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("gateway_events_total", StringComparison.Ordinal) || l.StartsWith("gateway_messages_total", StringComparison.Ordinal) || l.StartsWith("gateway_rule_rejections_total", StringComparison.Ordinal)));
    }
}
