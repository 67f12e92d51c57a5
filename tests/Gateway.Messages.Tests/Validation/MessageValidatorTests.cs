using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public class MessageValidatorTests
{
    private static readonly MessageValidator Validator = new(new MessagesOptions { SchemaRoot = RepoPaths.Schemas });

    [Fact]
    public void ValidateFile_ValidSample_IsValidWithIdentityAndBericht()
    {
        var result = Validator.ValidateFile(RepoPaths.Sample("ijw", "jw301-toewijzing.xml"));

        Assert.True(result.IsValid);
        Assert.Equal(new MessageIdentity(Standard.Ijw, MessageCode.Toewijzing, "3.2"), result.Identity);
        Assert.IsType<Bericht301>(result.Bericht);
    }

    [Fact]
    public void ValidateFile_BrokenRule_ReportsLevel2IssueWithLine()
    {
        var result = Validator.ValidateFile(RepoPaths.Sample("invalid", "CS002-bsn-voldoet-niet-aan-elfproef.xml"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "CS002", "0001", "/Bericht/Client/Bsn"), (issue.Level, issue.Code, issue.RetourCode, issue.Path));
        Assert.Equal(19, issue.Line);
        Assert.NotNull(issue.Column);
        Assert.NotNull(result.Bericht);
        Assert.True(result.PassedLevel1);
    }

    [Fact]
    public void ValidateFile_XsdError_StopsAtLevel1WithoutBericht()
    {
        var result = Validator.ValidateFile(RepoPaths.Sample("invalid", "CS025-berichtversie-niet-3.xml"));

        Assert.False(result.IsValid);
        Assert.All(result.Issues, i => Assert.Equal(1, i.Level));
        Assert.Contains(result.Issues, i => i.Rule == "CS025");
        Assert.Null(result.Bericht);
        Assert.Equal(MessageCode.Start, result.Identity?.Message);
    }

    [Fact]
    public void Validate_NonSeekableStream_GivesSameResultAsFile()
    {
        var path = RepoPaths.Sample("invalid", "CS002-bsn-voldoet-niet-aan-elfproef.xml");
        using var stream = new ForwardOnlyStream(File.ReadAllBytes(path));

        var result = Validator.Validate(stream);

        Assert.Equal(Validator.ValidateFile(path).Issues, result.Issues);
    }

    [Fact]
    public void Validate_Bytes_NotXml_IsLevel1XmlIssue()
    {
        var result = Validator.Validate("not xml"u8.ToArray());

        Assert.Equal(Level1Codes.Xml, Assert.Single(result.Issues).Code);
        Assert.Null(result.Identity);
    }

    [Fact]
    public void Validate_DocumentAboveLimit_IsRefusedForSize()
    {
        var small = new MessageValidator(new MessagesOptions { SchemaRoot = RepoPaths.Schemas, MaxDocumentBytes = 100 });
        using var stream = new ForwardOnlyStream(File.ReadAllBytes(RepoPaths.Sample("ijw", "jw301-toewijzing.xml")));

        var result = small.Validate(stream);

        Assert.Equal(Level1Codes.Size, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Validate_EveryValidSample_PassesBothLevels()
    {
        foreach (var file in SampleMessages.ValidFiles())
        {
            var result = Validator.ValidateFile(RepoPaths.Sample(file.Split('/')));
            Assert.True(result.IsValid, file + ": " + string.Join("; ", result.Issues.Select(i => i.Message)));
        }
    }

    [Fact]
    public void Validate_EveryInvalidSample_ReportsTheCodeItIsNamedFor()
    {
        foreach (var file in SampleMessages.InvalidFiles())
        {
            var code = SampleMessages.RuleCodeOf(file);
            var result = Validator.ValidateFile(RepoPaths.Sample(file.Split('/')));
            Assert.True(result.Issues.Any(i => i.Code == code || i.Rule == code), file + ": " + string.Join(", ", result.Issues.Select(i => i.Code)));
        }
    }

    [Fact]
    public void Constructor_EmptySchemaRoot_ThrowsWithTheOptionName()
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new MessageValidator(new MessagesOptions { SchemaRoot = " " }));
        Assert.Contains("Gateway:Messages:SchemaRoot", ex.Message, StringComparison.Ordinal);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
