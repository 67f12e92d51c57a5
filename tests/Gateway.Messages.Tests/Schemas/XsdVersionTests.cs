using Gateway.Messages.Schemas;

namespace Gateway.Messages.Tests.Schemas;

public sealed class XsdVersionTests
{
    [Theory]
    [InlineData("1.0.0", true)]
    [InlineData("10.20.30", true)]
    [InlineData("1.0", false)]
    [InlineData("1.0.x", false)]
    [InlineData("-1.0.0", false)]
    public void TryParse_Text_AcceptsOnlyThreeNumbers(string text, bool ok)
    {
        Assert.Equal(ok, XsdVersion.TryParse(text, out _));
    }

    [Fact]
    public void CompareTo_ComparesNumerically()
    {
        Assert.True(new XsdVersion(1, 10, 0) > new XsdVersion(1, 9, 9));
    }
}
