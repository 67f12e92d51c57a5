using Gateway.Routing.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>
/// <c>/health/live</c> (always open, no checks) and <c>/health/ready</c> (ASP.NET Core health checks tagged "ready": store
/// migrated and writable, schema packs, region files, hub circuit, hub freeze). Healthy and Degraded answer 200 "ready", Unhealthy
/// 503 "not ready"; the details are for operators (<see cref="DiagnosticsAccess"/>).
/// </summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [Ready], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<SchemasHealthCheck>("schemas", tags: [Ready])
            .AddCheck<RegionFilesHealthCheck>("regionFiles", tags: [Ready])
            .AddCheck<HubCircuitHealthCheck>("hubCircuit", tags: [Ready])
            .AddCheck<HubFreezeHealthCheck>("hubFreeze", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        // Always open: the orchestrator's liveness probe carries no key.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (http, _) =>
            {
                http.Response.ContentType = "text/plain; charset=utf-8";
                return http.Response.WriteAsync("live");
            },
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteReadyAsync,
        });
        return endpoints;
    }

    private static Task WriteReadyAsync(HttpContext http, HealthReport report)
    {
        var status = report.Status == HealthStatus.Unhealthy ? "not ready" : Ready;
        if (!DiagnosticsAccess.Allows(http))
        {
            // The status only: what is wrong and which files are loaded is for operators.
            return http.Response.WriteAsJsonAsync(new { status });
        }

        var problems = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Value.Description ?? e.Key).ToList();
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });

        // A region file whose last reload failed does not make the gateway unready: it runs on the previous version.
        var regionFiles = http.RequestServices.GetRequiredService<ContractsStatus>().Sources.Select(s => new
        {
            name = s.Name,
            generation = s.Generation,
            loadedAt = s.LoadedAt,
            stale = s.IsStale,
            lastError = s.LastError?.Message,
            lastErrorAt = s.LastErrorAt,
        }).ToList();
        return problems.Count == 0
            ? http.Response.WriteAsJsonAsync(new { status, regionFiles, checks })
            : http.Response.WriteAsJsonAsync(new { status, problems, regionFiles, checks });
    }
}
