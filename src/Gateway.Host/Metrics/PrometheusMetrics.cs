using Gateway.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Metrics;

/// <summary>
/// <c>/metrics</c>: OpenTelemetry's Prometheus exporter over the gateway's meter, ASP.NET Core, HttpClient and runtime
/// metrics. The branch in front of the exporter keeps the operator protection (Gateway:Http:ProtectDiagnostics) and
/// refreshes the store gauges for this scrape. No BSN, ever.
/// </summary>
internal static class PrometheusMetrics
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (!DiagnosticsAccess.Allows(http))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: DiagnosticsAccess.KeyRequired).ExecuteAsync(http);
                return;
            }

            await http.RequestServices.GetRequiredService<GatewayGauges>().RefreshAsync(http.RequestAborted);
            await next(http);
        }), optionsName: null);
        return endpoints;
    }
}
