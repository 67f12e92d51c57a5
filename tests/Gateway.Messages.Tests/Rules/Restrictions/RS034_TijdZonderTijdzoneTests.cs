using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class RS034_TijdZonderTijdzoneTests
{
    private const string InvalidSample = "invalid/RS034-tijd-met-tijdzone.xml";
    private static readonly RS034_TijdZonderTijdzone Rule = new();

    [Fact]
    public void Rule_IsEnforcedBySchemaWhereToewijzingstijdOccurs()
    {
        Assert.True(Rule.EnforcedBySchema);
        Assert.Equal([MessageCode.Toewijzing, MessageCode.ToewijzingRetour], Rule.AppliesTo.Order());
    }

    [Fact]
    public void Schema_InvalidSample_FailsOnTheTijdPattern()
    {
        var error = Assert.Single(SchemaFacets.Errors(InvalidSample));

        Assert.Contains("Toewijzingstijd", error, StringComparison.Ordinal);
        Assert.Contains("Pattern", error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why the model check can report nothing: a time with a time zone never becomes a model.</summary>
    [Fact]
    public void Reader_TimeWithTimeZone_IsRefusedBeforeAnyRuleRuns() =>
        Assert.Throws<BerichtReadException>(() => SampleMessages.Read<Bericht>(InvalidSample));

    [Theory]
    [InlineData("iwmo/wmo301-toewijzing.xml")]
    [InlineData("ijw/jw302-toewijzing-retour-afgekeurd.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht>(sample)));
}
