using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Host.Transport.Ggk;

namespace Gateway.Host.Tests.Transport.Ggk;

public class GgkOptionsValidatorTests
{
    [Fact]
    public void Validate_MissingHubUrl_SaysWhichKey()
    {
        var result = new GgkOptionsValidator().Validate(null, new GgkOptions());

        Assert.True(result.Failed);
        Assert.Contains("Ggk:HubUrl is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttp_RefusedUnlessAllowed()
    {
        var options = new GgkOptions { HubUrl = new Uri("http://hub.example/ggk") };

        Assert.Contains("AllowHttp", new GgkOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
        options.AllowHttp = true;
        Assert.True(new GgkOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_MissingPfxAndBadPin_Reported()
    {
        var options = new GgkOptions { HubUrl = new Uri("https://hub.example/ggk"), ClientCertificatePath = "/nope/client.pfx" };
        options.PinnedServerCertificates.Add("abc");

        var message = new GgkOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Contains("Ggk:ClientCertificatePath '/nope/client.pfx' does not exist", message, StringComparison.Ordinal);
        Assert.Contains("PinnedServerCertificates entry 'abc'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PfxWithWrongPassword_Reported()
    {
        using var cert = SelfSigned();
        var path = Path.Combine(Path.GetTempPath(), $"ggk-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, cert.Export(X509ContentType.Pkcs12, "right"));
        try
        {
            var options = new GgkOptions { HubUrl = new Uri("https://hub.example/ggk"), ClientCertificatePath = path, ClientCertificatePassword = "wrong" };
            Assert.Contains("wrong Gateway:Ggk:ClientCertificatePassword", new GgkOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);

            options.ClientCertificatePassword = "right";
            Assert.True(new GgkOptionsValidator().Validate(null, options).Succeeded);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tls_PinnedFingerprint_AcceptsOnlyThatCertificate()
    {
        using var pinned = SelfSigned();
        using var other = SelfSigned();
        var pins = new HashSet<string> { GgkTls.NormalizeFingerprint(string.Join(':', Convert.ToHexString(SHA256.HashData(pinned.RawData)).Chunk(2).Select(c => new string(c))))! };

        Assert.True(GgkTls.Validate(pinned, SslPolicyErrors.RemoteCertificateChainErrors, null, pins));
        Assert.False(GgkTls.Validate(other, SslPolicyErrors.RemoteCertificateChainErrors, null, pins));
        Assert.False(GgkTls.Validate(pinned, SslPolicyErrors.RemoteCertificateNameMismatch, null, pins));
    }

    [Fact]
    public void Tls_PrivateCa_AcceptsChainToIt()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=hub.example", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leaf = leafRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [1, 2, 3, 4]);
        using var stranger = SelfSigned();

        Assert.True(GgkTls.Validate(leaf, SslPolicyErrors.RemoteCertificateChainErrors, ca, new HashSet<string>()));
        Assert.False(GgkTls.Validate(stranger, SslPolicyErrors.RemoteCertificateChainErrors, ca, new HashSet<string>()));
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=gateway.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
