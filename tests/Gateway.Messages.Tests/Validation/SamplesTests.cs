using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>Level 1 over the shipped samples: valid ones pass, invalid ones fail exactly where their name says.</summary>
public sealed class SamplesTests
{
    public static TheoryData<string> ValidSamples() => new(SampleMessages.ValidFiles());

    public static TheoryData<string> InvalidSamples() => new(SampleMessages.InvalidFiles());

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void ValidateFile_ValidSample_IsValidAndNamedForItsMessage(string sample)
    {
        var result = Jw301Document.Validator().ValidateFile(Path.Combine(RepoPaths.Samples, sample));

        Assert.True(result.IsValid, string.Join("\n", result.Issues.Select(i => $"{i.Path} {i.Line}:{i.Column} {i.Message}")));
        var name = Path.GetFileName(sample);
        Assert.StartsWith(MessageCatalog.Get(result.Identity!.Message).QualifiedName(result.Identity.Standard).ToLowerInvariant(), name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void ValidateFile_InvalidSample_PassesLevel1UnlessTheXsdEnforcesItsRule(string sample)
    {
        var code = SampleMessages.RuleCodeOf(sample);
        var rule = Level2Validator.Default.Find(code);
        Assert.NotNull(rule);

        var result = Jw301Document.Validator().ValidateFile(Path.Combine(RepoPaths.Samples, sample));

        if (rule.EnforcedBySchema)
        {
            Assert.False(result.IsValid);
            Assert.Contains(result.Issues, i => i.Level == 1 && i.Code == Level1Codes.Xsd && i.Rule == code);
        }
        else
        {
            Assert.True(result.IsValid, string.Join("\n", result.Issues.Select(i => $"{i.Path} {i.Line}:{i.Column} {i.Message}")));
        }
    }
}
