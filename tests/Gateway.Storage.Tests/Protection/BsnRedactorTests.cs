using Gateway.Storage.Protection;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Protection;

public sealed class BsnRedactorTests
{
    [Fact]
    public void CanaryBsn_PassesTheElfProef() => Assert.True(BsnRedactor.PassesElfProef(Some.CanaryBsn));

    [Theory]
    [InlineData("client 999990019 unknown", "client ********* unknown")]
    [InlineData("agb 12345678, gemeente 0363", "agb 12345678, gemeente 0363")]
    [InlineData("not a bsn 123456789", "not a bsn 123456789")]
    [InlineData("ten digits 9999900190", "ten digits 9999900190")]
    public void Redact_MasksOnlyBsnLikeNumbers(string text, string expected) =>
        Assert.Equal(expected, BsnRedactor.Redact(text));
}
