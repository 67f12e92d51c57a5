using System.Security.Cryptography;
using Gateway.Storage.Protection;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Protection;

public sealed class BsnHasherTests
{
    [Fact]
    public void Hash_SameBsnSameKey_IsStableAndNormalised()
    {
        var hasher = new BsnHasher(RandomNumberGenerator.GetBytes(32));

        Assert.Equal(hasher.Hash(Some.CanaryBsn), hasher.Hash($" {Some.CanaryBsn} "));
        Assert.Equal(hasher.Hash("012345672"), hasher.Hash("12345672"));
        Assert.NotEqual(hasher.Hash(Some.CanaryBsn), hasher.Hash("111222333"));
    }

    [Fact]
    public void Hash_OtherKey_GivesOtherHash()
    {
        Assert.NotEqual(
            new BsnHasher(RandomNumberGenerator.GetBytes(32)).Hash(Some.CanaryBsn),
            new BsnHasher(RandomNumberGenerator.GetBytes(32)).Hash(Some.CanaryBsn));
    }

    [Fact]
    public void HashIdentifier_SameDigitsAsBsn_DiffersFromTheBsnHash()
    {
        var hasher = new BsnHasher(RandomNumberGenerator.GetBytes(32));

        Assert.NotEqual(hasher.Hash(Some.CanaryBsn), hasher.HashIdentifier(Some.CanaryBsn));
        Assert.Equal(hasher.HashIdentifier(Some.CanaryBsn), hasher.Hash(KeyedHashPurpose.Identifier, Some.CanaryBsn));
        Assert.Equal(hasher.Hash(Some.CanaryBsn), hasher.Hash(KeyedHashPurpose.Bsn, Some.CanaryBsn));
        Assert.NotEqual(hasher.HashIdentifier("T1"), hasher.HashIdentifier("T1 "));
    }

    [Fact]
    public void Constructor_ShortKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new BsnHasher(new byte[16]));
}
