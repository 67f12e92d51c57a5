using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Validation;

/// <summary>Every checked-in valid sample (samples/ijw, samples/iwmo) passes level 1 with the identity its file name says; samples/invalid break rules on purpose.</summary>
public sealed class SamplesTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "ijw", "iwmo" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, d), "*.xml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Samples, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ValidateFile_Sample_IsValid(string sample)
    {
        var result = Jw301Document.Validator().ValidateFile(Path.Combine(RepoPaths.Samples, sample));

        Assert.True(result.IsValid, string.Join("\n", result.Issues.Select(i => $"{i.Path} {i.Line}:{i.Column} {i.Message}")));
        var name = Path.GetFileName(sample);
        Assert.StartsWith(MessageCatalog.Get(result.Identity!.Message).QualifiedName(result.Identity.Standard).ToLowerInvariant(), name, StringComparison.Ordinal);
    }
}
