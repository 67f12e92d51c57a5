using System.Security.Cryptography;
using Gateway.Storage.Protection;

namespace Gateway.Storage.Tests.Protection;

public sealed class PayloadProtectorTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Protect_ThenUnprotect_RoundTripsWithFreshNonce()
    {
        var protector = new PayloadProtector("1", Key);
        var plain = "<Bericht/>"u8.ToArray();

        var a = protector.Protect(plain);
        var b = protector.Protect(plain);

        Assert.NotEqual(a, b);
        Assert.Equal(plain, protector.Unprotect("1", a));
    }

    [Fact]
    public void Protect_ManyPayloadsOnOneThread_NoNonceTwice()
    {
        var protector = new PayloadProtector("1", Key);
        var plain = "<Bericht/>"u8.ToArray();

        // Several blocks of nonces drawn at once: none repeats, none is all zeros (a spent slot), every one decrypts.
        var nonces = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2_000; i++)
        {
            var sealedBytes = protector.Protect(plain);
            var nonce = Convert.ToHexString(sealedBytes, 0, 12);
            Assert.NotEqual(new string('0', 24), nonce);
            Assert.True(nonces.Add(nonce), $"nonce repeated at payload {i}");
            Assert.Equal(plain, protector.Unprotect("1", sealedBytes));
        }
    }

    [Fact]
    public void Unprotect_UnderARetiredKey_StillDecrypts()
    {
        var retired = new PayloadProtector("old", Key).Protect("<Bericht/>"u8);
        var protector = new PayloadProtector("new", RandomNumberGenerator.GetBytes(32), new Dictionary<string, byte[]> { ["old"] = Key });

        Assert.Equal("<Bericht/>"u8.ToArray(), protector.Unprotect("old", retired));
    }

    [Fact]
    public void Unprotect_TamperedBytes_Throws()
    {
        var protector = new PayloadProtector("1", Key);
        var sealedBytes = protector.Protect("<Bericht/>"u8);
        sealedBytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("1", sealedBytes));
    }

    [Fact]
    public void Unprotect_UnknownKeyId_NamesTheSettingToFix()
    {
        var protector = new PayloadProtector("2", Key);

        var error = Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("1", protector.Protect("x"u8)));

        Assert.Contains("RetiredEncryptionKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unprotect_KeyIdSwapped_FailsBecauseTheIdIsBound()
    {
        var protector = new PayloadProtector("2", Key, new Dictionary<string, byte[]> { ["1"] = Key });

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("1", protector.Protect("x"u8)));
    }
}
