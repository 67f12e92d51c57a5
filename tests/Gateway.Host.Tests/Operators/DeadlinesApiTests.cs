using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Operators;

/// <summary>
/// The obligations over real loopback HTTP and the CLI: a held 325 for 0363 (a 323 whose prestaties link to no
/// toewijzing, policy HoldRejectedLines) and a 315 for 0599 with one requested product, both owed by the region.
/// </summary>
public sealed class DeadlinesApiTests : IAsyncLifetime
{
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(
            new()
            {
                ["Gateway:Declaraties:Antwoord"] = "HoldRejectedLines",
                ["Gateway:Contracts:ContractsFile"] = RepoPaths.Sample("region", "contracts.json"),
                ["Gateway:Contracts:CheckDagtekening"] = "false",
            },
            startGateway: false);
        await _gateway.StartGatewayAsync();
        var inbound = _gateway.Services.GetRequiredService<InboundProcessor>();
        var declaratie = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Sample("iwmo", "wmo323-declaratie.xml")).Replace(">98031234<", ">12345678<", StringComparison.Ordinal));
        await inbound.ProcessAsync(new InboundMessage(declaratie, new EnvelopeReference("hub", Guid.NewGuid().ToString())));
        var verzoek = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Sample("ijw", "jw315-verzoek-om-toewijzing.xml"))
            .Replace(">41101234<", ">12345678<", StringComparison.Ordinal).Replace(">0344<", ">0599<", StringComparison.Ordinal));
        await inbound.ProcessAsync(new InboundMessage(verzoek, new EnvelopeReference("hub", Guid.NewGuid().ToString())));
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Deadlines_RegionOperator_SeesBothOpenObligationsNearestFirst()
    {
        var open = await ListAsync(RunningGateway.OperatorKey);

        Assert.Equal(["DeclaratieAntwoord", "ToewijzingVerzoekAntwoord"], open.Select(o => o.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.All(open, o => Assert.Equal("region", o.GetProperty("owner").GetString()));
        var dues = open.Select(o => o.GetProperty("due").GetString()).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        Assert.Contains(open, o => o.GetProperty("kind").GetString() == "ToewijzingVerzoekAntwoord" && o.GetProperty("gemeentecode").GetString() == "0599");
    }

    [Fact]
    public async Task Deadlines_AmsterdamOperator_SeesOnlyItsOwn()
    {
        var open = await ListAsync(RunningGateway.AmsterdamOperatorKey);

        var only = Assert.Single(open);
        Assert.Equal(("DeclaratieAntwoord", "0363"), (only.GetProperty("kind").GetString(), only.GetProperty("gemeentecode").GetString()));
    }

    [Fact]
    public void DeadlinesCommand_Json_ListsTheSameOpenObligations()
    {
        var run = GatewayCli.Run("deadlines", "--json", "--config", _gateway.ConfigPath);

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("99999", run.Out, StringComparison.Ordinal);
        var table = GatewayCli.Run("deadlines", "--config", _gateway.ConfigPath);
        Assert.Contains("2 open obligation(s)", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlinesCommand_LangNlOrEn_TableHeadersStatesAndSummaryInThatLanguage()
    {
        var dutch = GatewayCli.Run("deadlines", "--config", _gateway.ConfigPath, "--lang", "nl");
        var english = GatewayCli.Run("deadlines", "--config", _gateway.ConfigPath, "--lang", "en");

        Assert.True(dutch.ExitCode == 0, dutch.Error);
        Assert.Contains("UITERLIJK", dutch.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("DUE", english.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith("2 openstaande verplichting(en), ", dutch.OutLines[^1], StringComparison.Ordinal);
        Assert.EndsWith(" naderend (OVER: werkdagen tot de uiterste datum).", dutch.OutLines[^1], StringComparison.Ordinal);
        Assert.StartsWith("2 open obligation(s), ", english.OutLines[^1], StringComparison.Ordinal);
        Assert.All(dutch.OutLines[1..^1], line => Assert.Contains(" regio ", line, StringComparison.Ordinal));
        Assert.All(english.OutLines[1..^1], line => Assert.Contains(" region ", line, StringComparison.Ordinal));
    }

    private async Task<List<JsonElement>> ListAsync(string key)
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Get, "deadlines", key);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
