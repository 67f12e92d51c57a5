using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Inputs;

/// <summary>
/// A folder of official-shaped JW301 toewijzingen for the command-line scenario: the iJw 301 sample and variants that
/// differ in BSN and identificatie, all checked by one XSD, as a municipality's batch would be.
/// </summary>
internal static class Jw301Folder
{
    private const string Sample = "ijw/jw301-toewijzing.xml";

    public static IReadOnlyList<InputFile> Generate(RepositoryLayout repo, string outDir, int count)
    {
        var dir = Directory.CreateDirectory(Path.Combine(outDir, "jw301")).FullName;
        var source = Path.Combine(repo.Samples, Sample);
        var sample = BerichtReader.Read(File.ReadAllBytes(source));
        var xsd = repo.Xsd(sample.Standard.Key(), BerichtWriter.MessagePrefix(sample.Standard, sample.Code));
        var bsn = new Bsn();
        var files = new List<InputFile>(count);
        for (var v = 1; v <= count; v++)
        {
            var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"jw301-{v:D5}.xml"));
            File.WriteAllBytes(path, BerichtWriter.ToBytes(SmallMessageSet.WithClient(sample, bsn.Next(), v)));
            files.Add(new InputFile(path, xsd, new FileInfo(path).Length));
        }

        return files;
    }
}
