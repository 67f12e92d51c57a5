using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>Inbound mutual TLS: HTTPS endpoints accept only client certificates issued by the configured CA.</summary>
internal static class InboundTls
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>
    /// Applies to every HTTPS endpoint, including those of the <c>Kestrel:Endpoints</c> section. With
    /// <paramref name="checkRevocation"/> (Gateway:Trust:CheckRevocation, on by default) the chain's revocation is checked
    /// online and a certificate whose status cannot be established is refused.
    /// </summary>
    public static void RequireClientCertificates(KestrelServerOptions kestrel, HostPaths paths, string? authorityPath, bool checkRevocation)
    {
        // Loaded once, on the first HTTPS endpoint; a missing setting or file is reported by the options validator first.
        var authority = new Lazy<X509Certificate2?>(() => authorityPath is { Length: > 0 } path && File.Exists(paths.Resolve(path))
            ? X509CertificateLoader.LoadCertificateFromFile(paths.Resolve(path))
            : null);
        kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (certificate, _, _) => IsTrusted(certificate, authority.Value, checkRevocation);
        });
    }

    /// <summary>
    /// The certificate chains to <paramref name="authority"/> alone (not the machine's roots), is valid now, allows client
    /// authentication and, with <paramref name="checkRevocation"/>, is not revoked (its status must be known).
    /// </summary>
    internal static bool IsTrusted(X509Certificate2? certificate, X509Certificate2? authority, bool checkRevocation)
    {
        if (certificate is null || authority is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = checkRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        chain.ChainPolicy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        return chain.Build(certificate);
    }
}
