using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Operators;

/// <summary>
/// The console's JSON API over real loopback HTTP against a gateway with a real SQLite store: a back office allocates
/// for 0599 and for 0363, the provider starts both, both back offices refuse for good (400), so each start is a dead
/// letter. The region operator sees both; the Amsterdam operator (0363) never sees, counts or touches 0599's.
/// </summary>
public sealed class ConsoleApiTests : IAsyncLifetime
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;
    private KnownToewijzing _utrecht = null!;
    private KnownToewijzing _amsterdam = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync();
        _gateway.Sink.Answer = _ => 400;
        _utrecht = (await Allocations.AllocateAsync(_gateway, "0599"))[0];
        _amsterdam = (await Allocations.AllocateAsync(_gateway, "0363"))[0];
        foreach (var toewijzing in new[] { _utrecht, _amsterdam })
        {
            Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendBerichtAsync(_gateway.Simulator.Provider.Messages.Start(toewijzing))).Reply);
        }

        // The provider answers each 301 with a 302, which its back office refuses as well: both kinds must be dead before a
        // test counts groups, or a late 302 opens a group after a purge.
        Assert.True(await RunningGateway.EventuallyAsync(() => DeadAsync(MessageCode.Start).GetAwaiter().GetResult() == 2, Patience), "the two starts were not dead-lettered");
        Assert.True(await RunningGateway.EventuallyAsync(() => DeadAsync(MessageCode.ToewijzingRetour).GetAwaiter().GetResult() == 2, Patience), "the two 302s were not dead-lettered");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task SearchAndLife_FindTheStartByItsNumbersAndBsn_OnlyWithinTheOperatorsScope()
    {
        var byNumber = await PostAsync("search", new { toewijzingNummer = _utrecht.ToewijzingNummer, code = 305 });
        Assert.Equal(1, byNumber.GetProperty("total").GetInt64());
        var hit = Assert.Single(byNumber.GetProperty("items").EnumerateArray());
        Assert.True(hit.GetProperty("deadLettered").GetBoolean());
        Assert.Equal("0599", hit.GetProperty("message").GetProperty("gemeentecode").GetString());

        using var byBsn = await _gateway.OperatorAsync(HttpMethod.Post, "search", JsonContent.Create(new { bsn = _utrecht.Client.Bsn, limit = 1 }));
        var byBsnText = await byBsn.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, byBsn.StatusCode);
        Assert.DoesNotContain(_utrecht.Client.Bsn, byBsnText, StringComparison.Ordinal);
        var firstPage = JsonDocument.Parse(byBsnText).RootElement;
        Assert.True(firstPage.GetProperty("total").GetInt64() >= 2, "the 301 and the 305 of the client carry the BSN");
        var next = firstPage.GetProperty("next").GetString();
        var secondPage = await PostAsync("search", new { bsn = _utrecht.Client.Bsn, limit = 1, cursor = next });
        Assert.NotEqual(
            firstPage.GetProperty("items")[0].GetProperty("message").GetProperty("id").GetInt64(),
            secondPage.GetProperty("items")[0].GetProperty("message").GetProperty("id").GetInt64());

        var hidden = await PostAsync("search", new { toewijzingNummer = _utrecht.ToewijzingNummer }, RunningGateway.AmsterdamOperatorKey);
        Assert.Equal(0, hidden.GetProperty("total").GetInt64());
        using var badState = await _gateway.OperatorAsync(HttpMethod.Post, "search", JsonContent.Create(new { state = "Lost" }));
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("state must be one of", await badState.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var lifeResponse = await _gateway.OperatorAsync(HttpMethod.Get, $"toewijzingen/{_utrecht.ToewijzingNummer}/life");
        Assert.Equal(HttpStatusCode.OK, lifeResponse.StatusCode);
        var entries = JsonDocument.Parse(await lifeResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["301", "305"], entries.Select(e => e.GetProperty("message").GetProperty("code").GetString()));
        Assert.True(await RunningGateway.EventuallyAsync(() => LifeAnswersAsync().GetAwaiter().GetResult().Contains("306"), Patience), "the start's 306 is not in its life");
        // A rule's rejection recorded on the start is shown with the rule explained, in Dutch and English.
        await using (var tx = await _gateway.Store.BeginAsync())
        {
            await tx.AddEventAsync(await StartMessageIdAsync("0599"), MessageEventTypes.RuleRejected, "TR307 9307");
            await tx.CommitAsync();
        }

        var rule = Assert.Single((await GetAsync($"toewijzingen/{_utrecht.ToewijzingNummer}/life")).GetProperty("entries")[1].GetProperty("rules").EnumerateArray());
        Assert.Equal("TR307", rule.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("nl").GetString()));
        Assert.NotEqual(rule.GetProperty("nl").GetString(), rule.GetProperty("en").GetString());
        using var lifeHidden = await _gateway.OperatorAsync(HttpMethod.Get, $"toewijzingen/{_utrecht.ToewijzingNummer}/life", RunningGateway.AmsterdamOperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, lifeHidden.StatusCode);

        using var traffic = await _gateway.OperatorAsync(HttpMethod.Get, "traffic?days=2");
        Assert.NotEmpty(JsonDocument.Parse(await traffic.Content.ReadAsStringAsync()).RootElement.GetProperty("messagesPerHour").EnumerateArray());
    }

    [Fact]
    public async Task FailureGroups_BulkReplayDeliversAndBulkPurgeEmpties_EachOnlyInScope()
    {
        var region = (await GetAsync("failures")).GetProperty("items").EnumerateArray().ToList();
        var amsterdam = (await GetAsync("failures", RunningGateway.AmsterdamOperatorKey)).GetProperty("items").EnumerateArray().ToList();
        var utrechtGroup = region.Single(g => g.GetProperty("destination").GetString() == "backoffice:0599").GetProperty("id").GetString()!;
        var amsterdamGroup = Assert.Single(amsterdam, g => g.GetProperty("destination").GetString() == "backoffice:0363").GetProperty("id").GetString()!;
        Assert.DoesNotContain(amsterdam, g => g.GetProperty("destination").GetString() == "backoffice:0599");
        var members = await GetAsync($"failures/{utrechtGroup}");
        Assert.Equal(members.GetProperty("items").GetArrayLength(), members.GetProperty("total").GetInt64());

        using var unconfirmed = await _gateway.OperatorAsync(HttpMethod.Post, $"failures/{utrechtGroup}/replay");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        using var notMine = await _gateway.OperatorAsync(HttpMethod.Post, $"failures/{utrechtGroup}/replay?confirm=true", RunningGateway.AmsterdamOperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);

        _gateway.Sink.Answer = r => r.Gemeentecode == "0599" ? 200 : 400;
        var replay = await PostAsync($"failures/{utrechtGroup}/replay?confirm=true", null);
        Assert.Equal(replay.GetProperty("matched").GetInt32(), replay.GetProperty("done").GetInt32());
        Assert.True(replay.GetProperty("done").GetInt32() >= 1);
        var startId = await StartMessageIdAsync("0599");
        Assert.True(await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.MessageId == startId), Patience), "the replayed start did not reach its back office");
        Assert.Contains(await _gateway.Store.GetTimelineAsync(startId), e => e.Type == MessageEventTypes.MessageReplayed && e.Actor == "regio-beheer");

        var purge = await PostAsync($"failures/{amsterdamGroup}/purge?confirm=true", null, RunningGateway.AmsterdamOperatorKey);
        Assert.True(purge.GetProperty("done").GetInt32() >= 1);
        Assert.Equal(0, (await GetAsync("failures", RunningGateway.AmsterdamOperatorKey)).GetProperty("total").GetInt64());
        var purgedStart = await StartMessageIdAsync("0363");
        Assert.Contains(await _gateway.Store.GetTimelineAsync(purgedStart), e => e.Type == MessageEventTypes.DeliveryPurged);
    }

    [Fact]
    public async Task OpenApi_OverLoopback_DescribesOperatorAndBackOfficeEndpointsWithBulkActions()
    {
        using var response = await _gateway.Http.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        string[] expected =
        [
            "/api/operator/queue", "/api/operator/search", "/api/operator/toewijzingen/{nummer}/life", "/api/operator/failures",
            "/api/operator/failures/{group}", "/api/operator/failures/{group}/replay", "/api/operator/failures/{group}/purge",
            "/api/operator/failures/replay", "/api/operator/failures/purge", "/api/operator/traffic", "/api/backoffice/{gemeentecode}/messages",
        ];
        Assert.All(expected, path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document"));
        Assert.True(paths.GetProperty("/api/operator/search").TryGetProperty("post", out _));
    }

    private async Task<long> StartMessageIdAsync(string gemeente)
    {
        var hits = await PostAsync("search", new { code = 305, gemeente });
        return Assert.Single(hits.GetProperty("items").EnumerateArray()).GetProperty("message").GetProperty("id").GetInt64();
    }

    private async Task<int> DeadAsync(MessageCode code)
    {
        var dead = await _gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered, Limit: 100));
        var count = 0;
        foreach (var delivery in dead)
        {
            count += (await _gateway.Store.GetMessageAsync(delivery.MessageId))?.Code == code ? 1 : 0;
        }

        return count;
    }

    private async Task<List<string?>> LifeAnswersAsync()
    {
        var life = await GetAsync($"toewijzingen/{_utrecht.ToewijzingNummer}/life");
        return [.. life.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("answers").EnumerateArray()).Select(a => a.GetProperty("code").GetString())];
    }

    private async Task<JsonElement> GetAsync(string path, string key = RunningGateway.OperatorKey)
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Get, path, key);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> PostAsync(string path, object? body, string key = RunningGateway.OperatorKey)
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body), key);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
