using System.Text;
using Gateway.Messages.Model;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// Level 1 and the model share one parse (<see cref="SharedPassReader"/>): the model must be the one
/// <see cref="BerichtReader"/> reads on its own, and the level-1 issues those of <see cref="Level1Validator"/> alone.
/// </summary>
public class SharedPassReaderTests
{
    private static readonly MessageValidator Validator = new(new MessagesOptions { SchemaRoot = RepoPaths.Schemas });
    private static readonly Level1Validator Level1 = Level1Validator.ForSchemaRoot(RepoPaths.Schemas);

    public static TheoryData<string> Samples() => [.. SampleMessages.ValidFiles().Concat(SampleMessages.InvalidFiles())];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatedInOnePass_HasTheModelOfTheReaderAloneAndTheIssuesOfLevel1Alone(string sample)
    {
        var bytes = RepoPaths.SampleBytes(sample.Split('/'));

        var result = Validator.Validate(bytes);

        var level1 = Level1.Validate(bytes);
        if (level1.IsValid)
        {
            Assert.NotNull(result.Bericht);
            Assert.Equal(Written(BerichtReader.Read(bytes)), Written(result.Bericht));
        }
        else
        {
            Assert.Null(result.Bericht);
            Assert.Equal(level1.Issues, result.Issues);
        }
    }

    [Fact]
    public void Validate_CommentsProcessingInstructionsAndCdata_GiveTheSameModelAsTheReaderAlone()
    {
        var text = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw", "jw301-toewijzing.xml"));
        var decorated = text
            .Replace(">\n", "><!-- between --><?note keep?>\n", StringComparison.Ordinal)
            .Replace("<jw301:Afzender>0344</jw301:Afzender>", "<jw301:Afzender>03<!-- inside -->44</jw301:Afzender>", StringComparison.Ordinal)
            .Replace("<jw301:Ontvanger>41101234</jw301:Ontvanger>", "<jw301:Ontvanger><![CDATA[41101234]]></jw301:Ontvanger>", StringComparison.Ordinal);
        Assert.NotEqual(text, decorated);
        var bytes = Encoding.UTF8.GetBytes(decorated);

        var result = Validator.Validate(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => i.Message)));
        Assert.Equal(Written(BerichtReader.Read(bytes)), Written(result.Bericht!));
        Assert.Equal(Written(BerichtReader.Read(RepoPaths.SampleBytes("ijw", "jw301-toewijzing.xml"))), Written(result.Bericht!));
    }

    [Fact]
    public void Validate_DocumentCutOffAnywhere_ReportsExactlyTheLevel1IssuesAndNoModel()
    {
        var whole = RepoPaths.SampleBytes("ijw", "jw323-declaratie.xml");
        for (var length = 1; length < whole.Length; length += 13)
        {
            var cut = whole[..length];

            var result = Validator.Validate(cut);

            Assert.Null(result.Bericht);
            Assert.Equal(Level1.Validate(cut).Issues, result.Issues);
        }
    }

    [Fact]
    public void Validate_ElementTheSchemaRefusesInTheMiddle_ReportsExactlyTheLevel1IssuesAndNoModel()
    {
        var text = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw", "jw323-declaratie.xml"));
        var at = text.IndexOf("<jw323:Prestatie>", StringComparison.Ordinal);
        Assert.True(at > 0);
        var bytes = Encoding.UTF8.GetBytes(text.Insert(at, "<jw323:Onbekend>1</jw323:Onbekend>stray text"));

        var result = Validator.Validate(bytes);

        Assert.Null(result.Bericht);
        Assert.NotEmpty(result.Issues);
        Assert.Equal(Level1.Validate(bytes).Issues, result.Issues);
    }

    private static string Written(Bericht bericht) => Encoding.UTF8.GetString(BerichtWriter.ToBytes(bericht));
}
