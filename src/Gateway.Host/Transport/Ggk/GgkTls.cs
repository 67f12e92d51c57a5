using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Gateway.Host.Transport.Ggk;

/// <summary>mTLS towards the hub: client certificate from a PFX, optional private CA and certificate pinning.</summary>
internal static class GgkTls
{
    public static X509Certificate2 LoadClientCertificate(GgkOptions options) =>
        X509CertificateLoader.LoadPkcs12FromFile(options.ClientCertificatePath!, options.ClientCertificatePassword);

    /// <summary>The primary handler of the hub HttpClient, configured from the options.</summary>
    public static SocketsHttpHandler CreateHandler(GgkOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.AttemptTimeout,
            AllowAutoRedirect = false,
        };
        if (options.ClientCertificatePath is { Length: > 0 })
        {
            handler.SslOptions.ClientCertificates = [LoadClientCertificate(options)];
        }

        var pins = options.PinnedServerCertificates.Select(NormalizeFingerprint).OfType<string>().ToHashSet(StringComparer.Ordinal);
        X509Certificate2? ca = options.TrustedCaPath is { Length: > 0 } path ? X509CertificateLoader.LoadCertificateFromFile(path) : null;
        if (pins.Count > 0 || ca is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                Validate(certificate as X509Certificate2, errors, ca, pins);
        }

        return handler;
    }

    /// <summary>Pins win when given (exact certificate); otherwise the chain must end in the configured CA.</summary>
    internal static bool Validate(X509Certificate2? certificate, SslPolicyErrors errors, X509Certificate2? ca, IReadOnlySet<string> pins)
    {
        if (certificate is null)
        {
            return false;
        }

        if (pins.Count > 0)
        {
            var fingerprint = Convert.ToHexString(SHA256.HashData(certificate.RawData));
            return pins.Contains(fingerprint) && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0;
        }

        if (ca is null)
        {
            return errors == SslPolicyErrors.None;
        }

        if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    /// <summary>Upper-case hex without separators, or null when the text is not a SHA-256 fingerprint.</summary>
    public static string? NormalizeFingerprint(string? text)
    {
        var hex = text?.Replace(":", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }
}
