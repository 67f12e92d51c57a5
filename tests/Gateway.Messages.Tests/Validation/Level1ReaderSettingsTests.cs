using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public sealed class Level1ReaderSettingsTests
{
    [Fact]
    public void PlainOnThisThread_DocumentsReadOneAfterAnother_ShareTheThreadsNameTable()
    {
        var settings = new Level1ReaderSettings(Jw301Document.Schemas, Level1Options.DefaultMaxDocumentBytes);

        var first = settings.PlainOnThisThread().NameTable;
        var second = settings.PlainOnThisThread().NameTable;

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void PlainOnThisThread_AfterADocumentWithIssues_StartsANewNameTable()
    {
        var settings = new Level1ReaderSettings(Jw301Document.Schemas, Level1Options.DefaultMaxDocumentBytes);
        var before = settings.PlainOnThisThread().NameTable;

        Level1ReaderSettings.ForgetNamesOnThisThread();

        Assert.NotSame(before, settings.PlainOnThisThread().NameTable);
    }

    [Fact]
    public void PlainOnThisThread_OtherThread_HasItsOwnNameTable()
    {
        var settings = new Level1ReaderSettings(Jw301Document.Schemas, Level1Options.DefaultMaxDocumentBytes);
        var here = settings.PlainOnThisThread().NameTable;

        System.Xml.XmlNameTable? there = null;
        var other = new Thread(() => there = settings.PlainOnThisThread().NameTable);
        other.Start();
        other.Join();

        Assert.NotSame(here, there);
    }

    [Fact]
    public void Validate_InvalidThenValidDocumentOnOneThread_ValidOneStillPasses()
    {
        var validator = Jw301Document.Validator();
        var invalid = Jw301Document.Valid.Replace("<jw301:Bsn>", "<jw301:Onbekend>x</jw301:Onbekend><jw301:Bsn>", StringComparison.Ordinal);

        Assert.False(validator.Validate(Jw301Document.Bytes(invalid)).IsValid);
        var result = validator.Validate(Jw301Document.Bytes(Jw301Document.Valid));

        Assert.True(result.IsValid, string.Join("\n", result.Issues.Select(i => i.Message)));
    }
}
