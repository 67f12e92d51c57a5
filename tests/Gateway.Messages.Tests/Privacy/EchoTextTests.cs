using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Privacy;
using Gateway.Messages.Tests.Envelopes.Ggk;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Tests.Validation;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Privacy;

public sealed class EchoTextTests
{
    private static readonly string LongName = "x" + new string('y', 5000);

    [Theory]
    [InlineData("Bericht", "Bericht")]
    [InlineData("a999990019", "a*********")]
    [InlineData("123456789", "123456789")]
    public void Value_ShortValue_OnlyBsnLikeNumbersMasked(string value, string expected) =>
        Assert.Equal(expected, EchoText.Value(value));

    [Fact]
    public void Value_LongValue_CutAtEightyWithEllipsis()
    {
        var echo = EchoText.Value(LongName);

        Assert.Equal(EchoText.MaxLength + 1, echo.Length);
        Assert.EndsWith(EchoText.Ellipsis, echo, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_BsnAcrossTheCut_MaskedBeforeCutting()
    {
        var value = new string('a', 75) + Some.Bsn;

        Assert.DoesNotContain("99999", EchoText.Value(value), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_LongQuotedPartAndBsn_CutAndMasked_RestKept()
    {
        var message = EchoText.Message($"The element 'Client' has invalid child element '{LongName}'. Client {Some.Bsn} is unknown.");

        Assert.StartsWith("The element 'Client' has invalid child element 'xyyy", message, StringComparison.Ordinal);
        Assert.Contains("…'. Client ********* is unknown.", message, StringComparison.Ordinal);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public void Message_LongProseBetweenQuotedParts_KeptWhole()
    {
        var message = "Element 'Client': " + string.Join(' ', Enumerable.Repeat("the schema does not allow this here", 5)) + " 'Foo'.";

        Assert.Equal(message, EchoText.Message(message));
    }

    [Fact]
    public void Message_ListOfExpectedElements_KeptWhole()
    {
        var expected = string.Join(", ", Enumerable.Range(1, 20).Select(i => "Element" + i));
        var message = $"The element 'Client' has invalid child element 'Foo'. List of possible elements expected: '{expected}'.";

        Assert.Equal(message, EchoText.Message(message));
    }

    [Fact]
    public void Level1_HostileRootNameAndNamespace_EchoedBoundedAndMasked()
    {
        var xml = $"<{LongName}{Some.Bsn} xmlns=\"urn:{Some.Bsn}:{LongName}\"/>";

        var issue = Assert.Single(Jw301Document.Validator().Validate(Jw301Document.Bytes(xml)).Issues);

        Assert.Equal(Level1Codes.Unsupported, issue.Code);
        Assert.StartsWith("The root element 'xyyy", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.Bsn, issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.Bsn, issue.Path ?? string.Empty, StringComparison.Ordinal);
        Assert.True(issue.Message.Length < 600, issue.Message);
        Assert.True((issue.Path?.Length ?? 0) <= EchoText.MaxLength + 2, issue.Path);
    }

    [Fact]
    public void Level1_HostileChildElementName_EchoedBoundedAndMasked()
    {
        var xml = Jw301Document.Valid.Replace("<jw301:Client>", $"<jw301:Client><jw301:{LongName}{Some.Bsn}>1</jw301:{LongName}{Some.Bsn}>", StringComparison.Ordinal);

        var issues = Jw301Document.Validator().Validate(Jw301Document.Bytes(xml)).Issues;

        Assert.NotEmpty(issues);
        Assert.All(issues, issue =>
        {
            Assert.DoesNotContain(Some.Bsn, issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('y', EchoText.MaxLength + 1), issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('y', EchoText.MaxLength + 1), issue.Path ?? string.Empty, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Level1_NotWellFormedWithHostileName_EchoBounded()
    {
        var xml = Jw301Document.Valid.Replace("</jw301:Client>", $"</jw301:{LongName}>", StringComparison.Ordinal);

        var issue = Assert.Single(Jw301Document.Validator().Validate(Jw301Document.Bytes(xml)).Issues);

        Assert.Equal(Level1Codes.Xml, issue.Code);
        Assert.StartsWith("The document is not well-formed XML: ", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', EchoText.MaxLength + 1), issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GgkEnvelope_HostileBodyElement_EchoedBoundedAndMasked()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Soap($"<{LongName}{Some.Bsn} xmlns=\"urn:{Some.Bsn}{LongName}\"/>"));

        Assert.Equal(GgkEnvelopeProblem.Unsupported, e.Problem);
        Assert.StartsWith("soap:Body holds 'xyyy", e.Message, StringComparison.Ordinal);
        Assert.Contains("…' in namespace 'urn:*********xyyy", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.Bsn, e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 300, e.Message);
    }

    [Fact]
    public void Value_ShortenedValueOfAnEnvelope_MaskedAndCutAtForty() =>
        Assert.Equal("*********-not-a-uuid-" + new string('z', 19) + EchoText.Ellipsis, EchoText.Value(Some.Bsn + "-not-a-uuid-" + new string('z', 50), 40));
}
