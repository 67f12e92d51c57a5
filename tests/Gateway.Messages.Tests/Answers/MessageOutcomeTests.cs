using Gateway.Messages.Answers;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Answers;

public sealed class MessageOutcomeTests
{
    private const string Prestatie = "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]";

    [Fact]
    public void Accepted_HasNoCodes()
    {
        var outcome = MessageOutcome.Accepted();
        Assert.Equal(OutcomeKind.Accepted, outcome.Kind);
        Assert.True(outcome.IsAccepted);
        Assert.Empty(outcome.HeaderCodes);
        Assert.Empty(outcome.ClassCodes);
    }

    [Fact]
    public void RejectedAtLevel2_Carries0001Only()
    {
        var outcome = MessageOutcome.RejectedAtLevel2();
        Assert.Equal(OutcomeKind.RejectedAtLevel2, outcome.Kind);
        Assert.Equal(["0001"], outcome.HeaderCodes);
    }

    [Fact]
    public void Rejected_HeaderRuleCode_IsHeaderRejection()
    {
        var outcome = MessageOutcome.Rejected("9056", "8848");
        Assert.Equal(OutcomeKind.RejectedAtHeader, outcome.Kind);
        Assert.Equal(["9056", "8848"], outcome.HeaderCodes);
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("0200")]
    [InlineData("0233")]
    [InlineData("8001")]
    [InlineData("8002")]
    public void Rejected_CodeThatIsNoRuleCode_Throws(string code)
    {
        Assert.Throws<ArgumentException>(() => MessageOutcome.Rejected(code));
        Assert.Throws<ArgumentException>(() => MessageOutcome.RejectedClass(Prestatie, code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Client")]
    [InlineData("/Bericht/")]
    public void RejectedClass_PathNotAbsolute_Throws(string path)
    {
        Assert.Throws<ArgumentException>(() => MessageOutcome.RejectedClass(path, "9321"));
    }

    [Fact]
    public void With_TwoRulesOnOneClass_KeepsBothCodesOnce()
    {
        var outcome = MessageOutcome.RejectedClass(Prestatie, "9321")
            .With(new ClassRejection(Prestatie, "9307"))
            .With(new ClassRejection(Prestatie, "9321"));

        Assert.Equal(OutcomeKind.RejectedAtClass, outcome.Kind);
        Assert.Equal(["9321", "9307"], outcome.CodesFor(Prestatie));
        Assert.Empty(outcome.CodesFor("/Bericht/Declaratie"));
    }

    [Fact]
    public void Merge_Level2WithAnything_IsLevel2()
    {
        var merged = MessageOutcome.RejectedClass(Prestatie, "9321").Merge(MessageOutcome.RejectedAtLevel2());
        Assert.Equal(OutcomeKind.RejectedAtLevel2, merged.Kind);
        Assert.Equal(["0001"], merged.HeaderCodes);
        Assert.Empty(merged.ClassCodes);
    }

    [Fact]
    public void Merge_HeaderWithClass_KeepsHeaderOnly()
    {
        var merged = MessageOutcome.RejectedClass(Prestatie, "9321").Merge(MessageOutcome.Rejected("9056"));
        Assert.Equal(OutcomeKind.RejectedAtHeader, merged.Kind);
        Assert.Equal(["9056"], merged.HeaderCodes);
        Assert.Empty(merged.ClassCodes);
    }

    [Fact]
    public void Merge_ClassesWithClasses_UnitesThem()
    {
        var merged = MessageOutcome.RejectedClass(Prestatie, "9321")
            .Merge(MessageOutcome.RejectedClasses([new ClassRejection("/Bericht/Declaratie/Clienten/Client[2]", "8187")]));
        Assert.Equal(2, merged.ClassCodes.Count);
    }

    [Fact]
    public void FromLevel2_NoIssues_IsAccepted()
    {
        Assert.True(MessageOutcome.FromLevel2([]).IsAccepted);
    }

    [Fact]
    public void FromLevel2_Level2Issue_Is0001()
    {
        var issue = new ValidationIssue(2, "TR018", "0001", "/Bericht/Client", null, null, "Einddatum before Begindatum.");
        Assert.Equal(OutcomeKind.RejectedAtLevel2, MessageOutcome.FromLevel2([issue]).Kind);
    }

    [Fact]
    public void FromLevel2_Level1Issue_Throws()
    {
        var issue = new ValidationIssue(1, Level1Codes.Xsd, null, null, 1, 1, "Not valid.");
        Assert.Throws<ArgumentException>(() => MessageOutcome.FromLevel2([issue]));
    }
}
