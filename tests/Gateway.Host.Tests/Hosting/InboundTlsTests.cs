using Gateway.Host.Hosting;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Hosting;

public sealed class InboundTlsTests
{
    [Fact]
    public void IsTrusted_RevocationCheckOff_ClientOfTheCaTrusted()
    {
        using var authority = TestCertificates.Authority("Test providers CA");
        using var client = TestCertificates.Client(authority, "zorgaanbieder");

        Assert.True(InboundTls.IsTrusted(client, authority, checkRevocation: false));
    }

    [Fact]
    public void IsTrusted_RevocationCheckOn_CertificateWhoseRevocationCannotBeEstablished_Refused()
    {
        // The throwaway CA publishes no revocation list: with the check on, an unknown status is a refusal.
        using var authority = TestCertificates.Authority("Test providers CA");
        using var client = TestCertificates.Client(authority, "zorgaanbieder");

        Assert.False(InboundTls.IsTrusted(client, authority, checkRevocation: true));
    }

    [Fact]
    public void IsTrusted_AnotherCa_Refused()
    {
        using var authority = TestCertificates.Authority("Test providers CA");
        using var stranger = TestCertificates.Authority("Some other CA");
        using var client = TestCertificates.Client(stranger, "zorgaanbieder");

        Assert.False(InboundTls.IsTrusted(client, authority, checkRevocation: false));
    }
}
