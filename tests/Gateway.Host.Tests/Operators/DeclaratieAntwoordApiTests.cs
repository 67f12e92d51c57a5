using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Routing.Contracts;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;
using Gateway.Routing.Store;
using Gateway.Storage.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Operators;

/// <summary>
/// Held 325s and ceilings over real loopback HTTP: the demo region with the SQLite ledger, the sample contract register
/// and the policy HoldRejectedLines. A 323 for gemeente 0363 whose prestaties link to no toewijzing (9338) is held.
/// </summary>
public sealed class DeclaratieAntwoordApiTests : IAsyncLifetime
{
    private static readonly string[] SampleBsns = ["999990317", "999990433", "999990391"];

    private RunningGateway _gateway = null!;
    private long _heldId;

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

        // From a known provider of the demo region (the sample's own AGB code is not in its KnownProviders).
        var payload = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Sample("iwmo", "wmo323-declaratie.xml")).Replace(">98031234<", ">12345678<", StringComparison.Ordinal));
        var receipt = await _gateway.Services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage(payload, new EnvelopeReference("hub", Guid.NewGuid().ToString())));
        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        _heldId = receipt.AnswerMessageId!.Value;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task HeldList_ShowsTheHeld325WithDeadline_WithoutBsn()
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Get, "answers/held");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var held = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal(_heldId, held.GetProperty("messageId").GetInt64());
        Assert.Equal("0363", held.GetProperty("gemeente").GetString());
        Assert.Equal("12345678", held.GetProperty("aanbieder").GetString());
        Assert.Equal("D2026100017", held.GetProperty("declaratieNummer").GetString());
        Assert.Equal(177930, held.GetProperty("ingediend").GetInt64());
        Assert.Equal(0, held.GetProperty("toegekend").GetInt64());
        Assert.StartsWith("rejected lines", held.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(10, held.GetProperty("workingDaysLeft").GetInt32());
        Assert.All(SampleBsns, bsn => Assert.DoesNotContain(bsn, body, StringComparison.Ordinal));
        Assert.Equal(MessageState.Held, (await _gateway.Store.GetMessageAsync(_heldId))!.State);
    }

    [Fact]
    public async Task Release_ByTheBackOffice_QueuesIt_SecondDecisionIs409()
    {
        using var otherList = await BackOfficeAsync(HttpMethod.Get, "0599", "answers/held");
        using var otherRelease = await BackOfficeAsync(HttpMethod.Post, "0599", $"answers/held/{_heldId}/release");
        using var withoutKey = await BackOfficeAsync(HttpMethod.Post, "0363", $"answers/held/{_heldId}/release", apiKey: "wrong");
        Assert.Equal("[]", await otherList.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, otherRelease.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutKey.StatusCode);

        using var release = await BackOfficeAsync(HttpMethod.Post, "0363", $"answers/held/{_heldId}/release");
        using var again = await _gateway.OperatorAsync(HttpMethod.Post, $"answers/held/{_heldId}/release");
        using var list = await _gateway.OperatorAsync(HttpMethod.Get, "answers/held");

        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already decided (released by backoffice-api:0363)", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("[]", await list.Content.ReadAsStringAsync());
        Assert.Contains((await _gateway.Store.GetTimelineAsync(_heldId)).Select(e => e.Type), t => t == MessageEventTypes.AnswerReleased);
        Assert.True(await _gateway.WaitForEmptyQueueAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(MessageState.Sent, (await _gateway.Store.GetMessageAsync(_heldId))!.State);

        // The back office's own 325 for the same 323 comes too late: refused with 409, never sent.
        var held = (Bericht325)BerichtReader.Read((await _gateway.Store.ReadPayloadAsync(_heldId))!);
        var own = held with { Header = held.Header with { BerichtIdentificatie = held.Header.BerichtIdentificatie with { Identificatie = "BO325LATE" } } };
        using var replace = await _gateway.SubmitAsync("0363", BerichtWriter.ToBytes(own));
        Assert.Equal(HttpStatusCode.Conflict, replace.StatusCode);
        Assert.Contains("already decided", await replace.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ceilings_RegionOperatorSeesEvery_GemeenteOperatorOnlyItsOwn()
    {
        using var region = await _gateway.OperatorAsync(HttpMethod.Get, "ceilings");
        using var amsterdam = await _gateway.OperatorAsync(HttpMethod.Get, "ceilings", RunningGateway.AmsterdamOperatorKey);

        var ceilings = JsonDocument.Parse(await region.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var warn = Assert.Single(ceilings, c => c.GetProperty("id").GetString() == "PL-2026-98031234");
        Assert.Equal(25_000_000, warn.GetProperty("bedrag").GetInt64());
        Assert.Equal(0, warn.GetProperty("used").GetInt64());
        Assert.Equal("warn", warn.GetProperty("beleid").GetString());
        Assert.Equal("98031234", warn.GetProperty("scope").GetProperty("aanbieder").GetString());
        Assert.Contains(ceilings, c => c.GetProperty("id").GetString() == "PL-2026-VERBLIJF");
        // Both sample ceilings cover gemeenten beyond 0363 (a regional one, and one of 0344).
        Assert.Equal("[]", await amsterdam.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_HeldAnswersAndCeilings_AsGauges()
    {
        var metrics = await _gateway.Http.GetStringAsync("metrics");

        Assert.Contains("gateway_answers_held{otel_scope_name=\"Gateway\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_answers_held_past_deadline{otel_scope_name=\"Gateway\"} 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_answers_held_min_working_days_left{otel_scope_name=\"Gateway\"} 10\n", metrics, StringComparison.Ordinal);
        Assert.Contains("gateway_ceiling_amount_eurocents{otel_scope_name=\"Gateway\",beleid=\"hold\",ceiling=\"PL-2026-VERBLIJF\",jaar=\"2026\"} 2500000\n", metrics, StringComparison.Ordinal);
        Assert.All(SampleBsns, bsn => Assert.DoesNotContain(bsn, metrics, StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_AnswersHeldThenRelease_OnTheStoreFile()
    {
        var id = _heldId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var table = GatewayCli.Run("answers", "held", "--config", _gateway.ConfigPath);
        var json = GatewayCli.Run("answers", "held", "--json", "--config", _gateway.ConfigPath);
        var release = GatewayCli.Run("answers", "release", id, "--operator", "tester", "--config", _gateway.ConfigPath);
        var again = GatewayCli.Run("answers", "release", id, "--config", _gateway.ConfigPath);
        var ceilings = GatewayCli.Run("ceilings", "--config", _gateway.ConfigPath);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("D2026100017", table.Out, StringComparison.Ordinal);
        Assert.Equal(_heldId, Assert.Single(JsonDocument.Parse(json.Out).RootElement.EnumerateArray()).GetProperty("messageId").GetInt64());
        Assert.Equal(0, release.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already decided (released by cli:tester)", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, ceilings.ExitCode);
        Assert.All(SampleBsns, bsn => Assert.DoesNotContain(bsn, table.Out + json.Out + release.Out + ceilings.Out, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> BackOfficeAsync(HttpMethod method, string gemeentecode, string path, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, $"api/backoffice/{gemeentecode}/{path}");
        request.Headers.Add("X-Api-Key", apiKey ?? $"backoffice-{gemeentecode}-key-change-me");
        return await _gateway.Http.SendAsync(request);
    }
}
