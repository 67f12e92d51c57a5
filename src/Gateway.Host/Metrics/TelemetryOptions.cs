namespace Gateway.Host.Metrics;

/// <summary>Gateway:Telemetry: where traces go. Metrics are always served on <c>/metrics</c>.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Gateway:Telemetry";

    /// <summary>An OTLP collector (e.g. <c>http://127.0.0.1:4317</c>); traces are exported only when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The service name traces and resource attributes carry.</summary>
    public string ServiceName { get; set; } = "gateway";
}
