using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class RS032_DatumZonderTijdzoneTests
{
    private const string InvalidSample = "invalid/RS032-datum-met-tijdzone.xml";
    private static readonly RS032_DatumZonderTijdzone Rule = new();

    [Fact]
    public void Rule_IsEnforcedBySchemaForEveryMessage()
    {
        Assert.True(Rule.EnforcedBySchema);
        Assert.Equal(Enum.GetValues<MessageCode>().Length, Rule.AppliesTo.Count);
    }

    [Fact]
    public void Schema_InvalidSample_FailsOnTheDatumPattern()
    {
        var error = Assert.Single(SchemaFacets.Errors(InvalidSample));

        Assert.Contains("Begindatum", error, StringComparison.Ordinal);
        Assert.Contains("Pattern", error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why the model check can report nothing: a date with a time zone never becomes a model.</summary>
    [Fact]
    public void Reader_DateWithTimeZone_IsRefusedBeforeAnyRuleRuns() =>
        Assert.Throws<BerichtReadException>(() => SampleMessages.Read<Bericht>(InvalidSample));

    [Theory]
    [InlineData("iwmo/wmo305-start.xml")]
    [InlineData("ijw/jw323-declaratie.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht>(sample)));
}
