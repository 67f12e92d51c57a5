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

    [Fact]
    public void Hash_TwoGenerations_IsTheOldHashKeyedAgainWithTheNewKey()
    {
        var (k0, k1) = (RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var hasher = new BsnHasher([k0, k1]);
        var generation0 = HMACSHA256.HashData(k0, System.Text.Encoding.ASCII.GetBytes(Some.CanaryBsn));

        Assert.Equal(1, hasher.CurrentGeneration);
        Assert.Equal(new BsnHasher(k0).Hash(Some.CanaryBsn), hasher.HashAt(Some.CanaryBsn, 0));
        Assert.Equal(HMACSHA256.HashData(k1, generation0), hasher.Hash(Some.CanaryBsn));
        Assert.Equal(hasher.Hash(Some.CanaryBsn), hasher.ToCurrent(generation0, 0));
        Assert.Equal([generation0, hasher.Hash(Some.CanaryBsn)], hasher.Candidates(Some.CanaryBsn, 0));
        Assert.Equal([hasher.Hash(Some.CanaryBsn)], hasher.Candidates(Some.CanaryBsn, 1));
    }

    [Fact]
    public void Candidates_IdentifierInTwoGenerations_OldThenCurrentChainedLikeABsn()
    {
        var (k0, k1) = (RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var hasher = new BsnHasher([k0, k1]);
        var generation0 = new BsnHasher(k0).HashIdentifier("T000123");

        Assert.Equal(generation0, hasher.HashAt(KeyedHashPurpose.Identifier, "T000123", 0));
        Assert.Equal(HMACSHA256.HashData(k1, generation0), hasher.HashIdentifier("T000123"));
        Assert.Equal([generation0, hasher.HashIdentifier("T000123")], hasher.Candidates(KeyedHashPurpose.Identifier, "T000123", 0));
        Assert.Equal([hasher.HashIdentifier("T000123")], hasher.Candidates(KeyedHashPurpose.Identifier, "T000123", 1));
        Assert.DoesNotContain(hasher.Hash("T000123"), hasher.Candidates(KeyedHashPurpose.Identifier, "T000123", 0));
    }

    [Fact]
    public void Fingerprint_OtherKey_Differs()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        Assert.Equal(new BsnHasher(key).Fingerprint(0), new BsnHasher([RandomNumberGenerator.GetBytes(32), key]).Fingerprint(1));
        Assert.NotEqual(new BsnHasher(key).Fingerprint(0), new BsnHasher(RandomNumberGenerator.GetBytes(32)).Fingerprint(0));
    }

    [Fact]
    public void Forward_BeyondTheCurrentGeneration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BsnHasher(RandomNumberGenerator.GetBytes(32)).Forward(new byte[32], 1, 1));
}
