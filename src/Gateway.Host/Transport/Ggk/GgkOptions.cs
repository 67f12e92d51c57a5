namespace Gateway.Host.Transport.Ggk;

/// <summary>Where and how the gateway sends to the GGk (section "Ggk" of the configuration).</summary>
public sealed class GgkOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Ggk";

    /// <summary>Default time one attempt at the hub may take.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);
    /// <summary>Default share of failed attempts that opens the circuit.</summary>
    public const double DefaultBreakerFailureRatio = 0.5;
    /// <summary>Default number of attempts in the sampling window before the circuit may open.</summary>
    public const int DefaultBreakerMinimumThroughput = 5;
    /// <summary>Default window over which the circuit breaker counts failures.</summary>
    public static readonly TimeSpan DefaultBreakerSamplingDuration = TimeSpan.FromSeconds(30);
    /// <summary>Default time the circuit stays open before the hub is tried again.</summary>
    public static readonly TimeSpan DefaultBreakerBreakDuration = TimeSpan.FromSeconds(30);

    /// <summary>The URL of the hub's OntvangAsynchroon service.</summary>
    public Uri? HubUrl { get; set; }

    /// <summary>Plain http is refused unless this is set (simulator, demo, tests).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Time allowed for one send, connection and Bv03 included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>Share of transient failures in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = DefaultBreakerFailureRatio;

    /// <summary>Minimum sends in the window before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = DefaultBreakerMinimumThroughput;

    /// <summary>The window in which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = DefaultBreakerSamplingDuration;

    /// <summary>How long the circuit stays open before one trial send.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = DefaultBreakerBreakDuration;

    /// <summary>PKCS#12 (.pfx/.p12) file with the client certificate and key for mTLS (PKIoverheid in production).</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>Password of <see cref="ClientCertificatePath"/>; from an environment variable or secret store, not appsettings.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>PEM or DER file of a CA that is the only trusted root for the hub's certificate (instead of the system store).</summary>
    public string? TrustedCaPath { get; set; }

    /// <summary>SHA-256 fingerprints (hex) of hub certificates to pin; when set, only these are accepted.</summary>
    public IList<string> PinnedServerCertificates { get; } = [];
}
