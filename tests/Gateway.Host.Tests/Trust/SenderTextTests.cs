using Gateway.Host.Trust;

namespace Gateway.Host.Tests.Trust;

public sealed class SenderTextTests
{
    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("IB", "IB")]
    [InlineData("111222333", "*********")]
    [InlineData("zender-111222333x", "zender-*********x")]
    [InlineData("<a href='x'>", "?a?href??x??")]
    [InlineData("", "(empty)")]
    public void Safe_ZenderFromOutside_CutCleanedAndLongNumbersMasked(string zender, string expected)
    {
        Assert.Equal(expected, SenderText.Safe(zender));
    }

    [Fact]
    public void Safe_LongZender_CutAt40()
    {
        Assert.Equal(new string('a', 40) + "…", SenderText.Safe(new string('a', 100)));
    }
}
