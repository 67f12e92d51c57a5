using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Cli;

/// <summary>`gateway queue …` and `gateway message …` on the store file of a gateway that ran, BSN masked everywhere.</summary>
public sealed class OperatorCommandsTests : IAsyncLifetime
{
    private RunningGateway _gateway = null!;
    private string _bsn = "";
    private string _startId = "";

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync();
        _gateway.Sink.Answer = r => r.Gemeentecode == "0599" ? 404 : 200;
        var bericht = (Bericht305)await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0599");
        _bsn = bericht.Client.Bsn;
        var sent = await _gateway.Simulator.Provider.SendBerichtAsync(bericht);
        Assert.Equal("Bv03", sent.Reply);
        await using (var tx = await _gateway.Store.BeginAsync())
        {
            _startId = (await tx.FindByEnvelopeAsync(bericht.Header.Afzender, sent.Referentienummer))!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(await _gateway.WaitForEmptyQueueAsync(TimeSpan.FromSeconds(30)));
        await _gateway.StopGatewayAsync();
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public void QueueListShowReplayPurge_OnTheStoreFile()
    {
        var list = GatewayCli.Run("queue", "list", "--config", _gateway.ConfigPath, "--state", "DeadLettered", "--json");
        Assert.Equal(0, list.ExitCode);
        var dead = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(dead);
        var id = dead[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var table = GatewayCli.Run("queue", "list", "--config", _gateway.ConfigPath);
        Assert.Contains("DeadLettered", table.Out, StringComparison.Ordinal);

        var show = GatewayCli.Run("queue", "show", id, "--config", _gateway.ConfigPath);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("HTTP 404", show.Out, StringComparison.Ordinal);

        var replay = GatewayCli.Run("queue", "replay", id, "--config", _gateway.ConfigPath, "--operator", "tester");
        Assert.Equal(0, replay.ExitCode);
        var again = GatewayCli.Run("queue", "replay", id, "--config", _gateway.ConfigPath);
        Assert.Equal(1, again.ExitCode);

        var usage = GatewayCli.Run("queue", "purge", "--config", _gateway.ConfigPath);
        Assert.Equal(2, usage.ExitCode);
        var purge = GatewayCli.Run("queue", "purge", "--dead-older-than", "0s", "--config", _gateway.ConfigPath);
        Assert.Equal(0, purge.ExitCode);
        Assert.DoesNotContain(_bsn, list.Out + table.Out + show.Out + replay.Out + purge.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void QueueList_LimitAboveTheMaximum_SaysItClampsAndShowsTheMaximum()
    {
        var list = GatewayCli.Run("queue", "list", "--config", _gateway.ConfigPath, "--limit", "100000");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal("gateway: --limit 100000 is more than 500; showing 500", list.Error.TrimEnd());
        Assert.Matches(@"\n\d+ deliveries\.\s*$", list.Out);
    }

    [Fact]
    public void QueueList_Dutch_HeadersAndIsoMoments()
    {
        var list = GatewayCli.Run("queue", "list", "--config", _gateway.ConfigPath, "--lang", "nl");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("BESTEMMING", list.OutLines[0], StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", list.Out);
        Assert.Matches(@"\d+ afleveringen\.", list.OutLines[^1]);
    }

    [Fact]
    public void MessageShowAndTimeline_BsnMasked_PayloadViewAudited()
    {
        var show = GatewayCli.Run("message", "show", _startId, "--payload", "--operator", "tester", "--config", _gateway.ConfigPath);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Bsn>*******", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(_bsn, show.Out, StringComparison.Ordinal);

        var timeline = GatewayCli.Run("message", "timeline", _startId, "--config", _gateway.ConfigPath);
        Assert.Equal(0, timeline.ExitCode);
        Assert.Contains("MessageReceived", timeline.Out, StringComparison.Ordinal);
        Assert.Contains("MessageViewed", timeline.Out, StringComparison.Ordinal);
        Assert.Contains("cli:tester", timeline.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(_bsn, timeline.Out, StringComparison.Ordinal);

        var missing = GatewayCli.Run("message", "show", "999999", "--config", _gateway.ConfigPath);
        Assert.Equal(1, missing.ExitCode);
    }
}
