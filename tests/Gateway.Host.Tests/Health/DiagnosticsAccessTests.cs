using System.Net;
using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Health;

/// <summary>Gateway:Http:ProtectDiagnostics over real loopback HTTP: /metrics and the details of /health/ready need an operator key; /health/live stays open.</summary>
public sealed class DiagnosticsAccessTests
{
    [Fact]
    public async Task ProtectDiagnostics_WithoutKey_MetricsRefusedReadyStatusOnlyLiveOpen()
    {
        await using var env = await RunningGateway.StartAsync(new() { ["Gateway:Http:ProtectDiagnostics"] = "true" });

        using (var metrics = await GetAsync(env, "metrics", null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
            Assert.DoesNotContain("gateway_", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrongKey = await GetAsync(env, "metrics", "not-an-operator-key-at-all"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        }

        using (var ready = await GetAsync(env, "health/ready", null))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("ready", body.GetProperty("status").GetString());
            Assert.Equal(["status"], body.EnumerateObject().Select(p => p.Name));
        }

        using var live = await GetAsync(env, "health/live", null);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task ProtectDiagnostics_WithOperatorKey_MetricsAndReadyDetails()
    {
        await using var env = await RunningGateway.StartAsync(new() { ["Gateway:Http:ProtectDiagnostics"] = "true" });

        using (var metrics = await GetAsync(env, "metrics", RunningGateway.AmsterdamOperatorKey))
        {
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.Contains("gateway_oldest_pending_age_seconds", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var ready = await GetAsync(env, "health/ready", RunningGateway.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.TryGetProperty("regionFiles", out _));
    }

    [Fact]
    public async Task Diagnostics_Default_OpenAsBefore()
    {
        await using var env = await RunningGateway.StartAsync();

        using var metrics = await GetAsync(env, "metrics", null);
        using var ready = await GetAsync(env, "health/ready", null);

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.True(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.TryGetProperty("regionFiles", out _));
    }

    private static async Task<HttpResponseMessage> GetAsync(RunningGateway env, string path, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await env.Http.SendAsync(request);
    }
}
