using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Model;

/// <summary>Every sample of both standards survives read → write → read unchanged, and the written document is schema-valid.</summary>
public class RoundTripTests
{
    public static IEnumerable<object[]> Samples() =>
        Enum.GetValues<Standard>()
            .SelectMany(s => Directory.GetFiles(RepoPaths.Sample(s.Key()), "*.xml"))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(RepoPaths.Samples, f) });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ReadAndWritten_HasTheSameContentAndIsSchemaValid(string sample)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));

        var bericht = BerichtReader.Read(original);
        var written = BerichtWriter.ToBytes(bericht);

        Assert.Equal(ModelXml.Content(original), ModelXml.Content(written));
        Assert.Empty(ModelXml.SchemaErrors(written, bericht.Standard));
        var again = BerichtReader.Read(written);
        Assert.Equal(ModelXml.Content(written), ModelXml.Content(BerichtWriter.ToBytes(again)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_Read_HasTheStandardAndCodeOfItsFolderAndName(string sample)
    {
        var bericht = BerichtReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample)));

        var folder = Path.GetDirectoryName(sample)!;
        var name = Path.GetFileName(sample);
        Assert.Equal(folder, bericht.Standard.Key());
        Assert.StartsWith(bericht.Standard.MessagePrefix() + (int)bericht.Code, name, StringComparison.Ordinal);
        Assert.Equal("3.2", bericht.Release);
    }
}
