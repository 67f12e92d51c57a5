namespace Gateway.Host.Hosting;

/// <summary>Where the gateway listens and how big a request may be.</summary>
public sealed class GatewayHostOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Http";
    /// <summary>Where the gateway listens when no URL is configured: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
    /// <summary>Largest request body accepted by default: the 25 MB GGk limit plus room for the SOAP envelope.</summary>
    public const long DefaultMaxRequestBytes = 26 * 1024 * 1024;

    /// <summary>Kestrel URLs, separated by ';'.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Largest request body accepted (the GGk's 25 MB plus envelope overhead).</summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>
    /// Inbound mutual TLS: every HTTPS endpoint (of <c>Kestrel:Endpoints</c>) refuses a connection without a client
    /// certificate that chains to <see cref="ClientCertificateAuthorityPath"/>. Plain-HTTP endpoints are not affected.
    /// </summary>
    public bool RequireClientCertificate { get; set; }

    /// <summary>The CA (PEM or DER) client certificates must chain to, when <see cref="RequireClientCertificate"/> is set.</summary>
    public string? ClientCertificateAuthorityPath { get; set; }

    /// <summary>
    /// Puts <c>/metrics</c> and the details of <c>/health/ready</c> behind an operator key (<c>X-Api-Key</c> of
    /// Gateway:Operators:Accounts). Without the key <c>/health/ready</c> answers only its status; <c>/health/live</c>
    /// stays open for the orchestrator.
    /// </summary>
    public bool ProtectDiagnostics { get; set; }
}
