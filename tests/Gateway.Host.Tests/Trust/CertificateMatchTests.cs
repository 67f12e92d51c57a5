using System.Security.Cryptography;
using Gateway.Host.Tests.Support;
using Gateway.Host.Trust;

namespace Gateway.Host.Tests.Trust;

public sealed class CertificateMatchTests
{
    [Fact]
    public void Matches_Sha256Sha1OrSubjectOfTheCertificate_True_AnotherCertificate_False()
    {
        using var authority = TestCertificates.Authority("Test providers CA");
        using var own = TestCertificates.Client(authority, "Zorg Samen BV");
        using var other = TestCertificates.Client(authority, "Jeugdhulp Noord");
        var sha1 = string.Join(':', own.GetCertHashString(HashAlgorithmName.SHA1).Chunk(2).Select(c => new string(c)));

        foreach (var configured in new[] { own.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant(), sha1, "cn=Zorg Samen BV" })
        {
            var match = CertificateMatch.Parse(configured);

            Assert.NotNull(match);
            Assert.True(match.Matches(own), configured);
            Assert.False(match.Matches(other), configured);
        }
    }

    [Theory]
    [InlineData("zorg-bv")]
    [InlineData("abc123")]
    [InlineData("")]
    public void Parse_NeitherThumbprintNorSubject_Null(string configured)
    {
        Assert.Null(CertificateMatch.Parse(configured));
    }
}
