using Gateway.Messages.Privacy;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Privacy;

public sealed class BsnRedactorTests
{
    [Fact]
    public void CanaryBsn_PassesTheElfProef() => Assert.True(BsnRedactor.PassesElfProef(Some.Bsn));

    [Theory]
    [InlineData("client 999990019 unknown", "client ********* unknown")]
    [InlineData("agb 12345678, gemeente 0363", "agb 12345678, gemeente 0363")]
    [InlineData("not a bsn 123456789", "not a bsn 123456789")]
    [InlineData("ten digits 9999900190", "ten digits 9999900190")]
    [InlineData("glued999990019glued", "glued*********glued")]
    public void Redact_MasksOnlyBsnLikeNumbers(string text, string expected) =>
        Assert.Equal(expected, BsnRedactor.Redact(text));

    [Theory]
    [InlineData("000000000")]
    [InlineData("12345678")]
    [InlineData("99999001x")]
    [InlineData("٩٩٩٩٩٠٠١٩")]
    public void PassesElfProef_NotNineAsciiDigitsOrZero_False(string digits) =>
        Assert.False(BsnRedactor.PassesElfProef(digits));
}
