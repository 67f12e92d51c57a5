using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Gateway.Host.Trust;

/// <summary>One configured client certificate of a sender: a SHA-256 or SHA-1 thumbprint, or a subject name.</summary>
internal sealed record CertificateMatch(HashAlgorithmName? Thumbprint, string Value)
{
    /// <summary>Reads a configured value; null when it is neither a thumbprint (40 or 64 hex, ':' and spaces allowed) nor a subject (<c>CN=…</c>).</summary>
    public static CertificateMatch? Parse(string configured)
    {
        var hex = configured.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (hex.Length is 40 or 64 && hex.All(char.IsAsciiHexDigit))
        {
            return new CertificateMatch(hex.Length == 64 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1, hex.ToUpperInvariant());
        }

        if (!configured.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new CertificateMatch(null, new X500DistinguishedName(configured).Name);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="certificate"/> has this thumbprint or subject.</summary>
    public bool Matches(X509Certificate2 certificate) => Thumbprint is { } algorithm
        ? string.Equals(certificate.GetCertHashString(algorithm), Value, StringComparison.OrdinalIgnoreCase)
        : string.Equals(certificate.SubjectName.Name, Value, StringComparison.OrdinalIgnoreCase);
}
