using Gateway.Routing.Contracts;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Health;

/// <summary>What readiness needs beyond a reachable store: migrations done and schema packs loaded (set by start-up).</summary>
internal sealed class GatewayReadiness
{
    private volatile bool migrated;
    private volatile bool schemasLoaded;

    public bool Migrated => migrated;

    public bool SchemasLoaded => schemasLoaded;

    public void MarkMigrated() => migrated = true;

    public void MarkSchemasLoaded() => schemasLoaded = true;
}

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        // Always open: the orchestrator's liveness probe carries no key.
        endpoints.MapGet("/health/live", () => Results.Text("live"));
        endpoints.MapGet("/health/ready", async (HttpContext http, GatewayReadiness readiness, IMessageStore store, ContractsStatus contracts, CancellationToken ct) =>
        {
            var problems = new List<string>();
            if (!readiness.Migrated)
            {
                problems.Add("store migrations not done");
            }

            if (!readiness.SchemasLoaded)
            {
                problems.Add("schema packs not loaded");
            }

            try
            {
                await store.GetOldestPendingAgeAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add("store not reachable: " + e.GetType().Name);
            }

            if (!DiagnosticsAccess.Allows(http))
            {
                // The status only: what is wrong and which files are loaded is for operators.
                return problems.Count == 0
                    ? Results.Json(new { status = "ready" })
                    : Results.Json(new { status = "not ready" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // A region file whose last reload failed does not make the gateway unready: it runs on the previous version.
            var regionFiles = contracts.Sources.Select(s => new
            {
                name = s.Name,
                generation = s.Generation,
                loadedAt = s.LoadedAt,
                stale = s.IsStale,
                lastError = s.LastError?.Message,
                lastErrorAt = s.LastErrorAt,
            }).ToList();
            return problems.Count == 0
                ? Results.Json(new { status = "ready", regionFiles })
                : Results.Json(new { status = "not ready", problems, regionFiles }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
