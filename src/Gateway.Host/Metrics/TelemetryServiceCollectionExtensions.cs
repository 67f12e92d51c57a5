using System.Diagnostics.Metrics;
using Gateway.Routing.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Host.Metrics;

/// <summary>OpenTelemetry for the gateway: metrics for the Prometheus endpoint, traces to OTLP when configured.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddGatewayMetrics();
        services.AddSingleton<GatewayGauges>();

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(string.IsNullOrWhiteSpace(options.ServiceName) ? "gateway" : options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GatewayMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);

                // Meters made by another container's factory (a second gateway in the same process, as in the tests) are
                // not this gateway's: their instruments are dropped, so each /metrics shows its own gateway only.
                ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) =>
                {
                    var own = provider.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, own) ? MetricStreamConfiguration.Drop : null);
                });
            });

        // Traces leave the process only when an OTLP endpoint is configured; otherwise no tracer listens and spans cost nothing.
        if (options.OtlpEndpoint is { Length: > 0 } endpoint && TelemetryOptionsValidator.IsHttpAddress(endpoint))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GatewayActivity.SourceName)
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments(PrometheusMetrics.Path, StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = new Uri(endpoint)));
        }

        return services;
    }
}
