using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Checks <see cref="GgkOptions"/> at start and says what to fix, naming the configuration key.</summary>
internal sealed class GgkOptionsValidator : IValidateOptions<GgkOptions>
{
    private const string S = GgkOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, GgkOptions options)
    {
        var errors = new List<string>();
        if (options.HubUrl is null || !options.HubUrl.IsAbsoluteUri)
        {
            errors.Add($"{S}:HubUrl is required: the absolute URL of the GGk OntvangAsynchroon service (https://…).");
        }
        else if (options.HubUrl.Scheme == Uri.UriSchemeHttp && !options.AllowHttp)
        {
            errors.Add($"{S}:HubUrl '{options.HubUrl}' uses plain http; use https, or set {S}:AllowHttp=true for a local simulator.");
        }
        else if (options.HubUrl.Scheme != Uri.UriSchemeHttp && options.HubUrl.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{S}:HubUrl '{options.HubUrl}' must be an http(s) URL.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{S}:AttemptTimeout must be between 00:00:00.001 and 00:10:00 (it is {options.AttemptTimeout}); a 25 MB envelope needs some seconds.");
        }

        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            errors.Add($"{S}:BreakerFailureRatio must be above 0 and at most 1 (it is {options.BreakerFailureRatio}).");
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            errors.Add($"{S}:BreakerMinimumThroughput must be at least 2 (it is {options.BreakerMinimumThroughput}).");
        }

        if (options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || options.BreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            errors.Add($"{S}:BreakerSamplingDuration and {S}:BreakerBreakDuration must each be at least 00:00:00.5.");
        }

        ValidateCertificates(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateCertificates(GgkOptions options, List<string> errors)
    {
        if (options.ClientCertificatePath is { Length: > 0 } pfx)
        {
            if (!File.Exists(pfx))
            {
                errors.Add($"{S}:ClientCertificatePath '{pfx}' does not exist.");
            }
            else
            {
                try
                {
                    using var cert = GgkTls.LoadClientCertificate(options);
                    if (!cert.HasPrivateKey)
                    {
                        errors.Add($"{S}:ClientCertificatePath '{pfx}' holds no private key; mTLS needs the key in the PFX.");
                    }
                }
                catch (CryptographicException)
                {
                    errors.Add($"{S}:ClientCertificatePath '{pfx}' could not be opened: wrong {S}:ClientCertificatePassword, or not a PKCS#12 file.");
                }
            }
        }
        else if (options.ClientCertificatePassword is { Length: > 0 })
        {
            errors.Add($"{S}:ClientCertificatePassword is set but {S}:ClientCertificatePath is not.");
        }

        if (options.TrustedCaPath is { Length: > 0 } ca)
        {
            if (!File.Exists(ca))
            {
                errors.Add($"{S}:TrustedCaPath '{ca}' does not exist.");
            }
            else
            {
                try
                {
                    using var _ = X509CertificateLoader.LoadCertificateFromFile(ca);
                }
                catch (CryptographicException)
                {
                    errors.Add($"{S}:TrustedCaPath '{ca}' is not a PEM or DER certificate.");
                }
            }
        }

        foreach (var pin in options.PinnedServerCertificates)
        {
            if (GgkTls.NormalizeFingerprint(pin) is null)
            {
                errors.Add($"{S}:PinnedServerCertificates entry '{pin}' is not a SHA-256 fingerprint (64 hex digits, colons allowed).");
            }
        }
    }
}
