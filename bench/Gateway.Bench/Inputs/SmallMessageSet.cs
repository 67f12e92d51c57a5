using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Inputs;

/// <summary>One input document on disk and the XSD that checks it.</summary>
internal sealed record InputFile(string Path, string Xsd, long Bytes);

/// <summary>
/// The small messages: the 301, 305 and 307 samples of iJw and iWmo, plus variants written with
/// <see cref="BerichtWriter"/> that differ in BSN and identificatie, so no layer can answer from a cache.
/// </summary>
internal static class SmallMessageSet
{
    private static readonly string[] SampleFiles =
    [
        "ijw/jw301-toewijzing.xml", "ijw/jw305-start.xml", "ijw/jw307-stop.xml",
        "iwmo/wmo301-toewijzing.xml", "iwmo/wmo305-start.xml", "iwmo/wmo307-stop.xml",
    ];

    public static IReadOnlyList<InputFile> Generate(RepositoryLayout repo, string outDir, int variants)
    {
        var dir = Directory.CreateDirectory(Path.Combine(outDir, "small")).FullName;
        var bsn = new Bsn();
        var files = new List<InputFile>();
        for (var s = 0; s < SampleFiles.Length; s++)
        {
            var source = Path.Combine(repo.Samples, SampleFiles[s]);
            var sample = BerichtReader.Read(File.ReadAllBytes(source));
            var xsd = repo.Xsd(sample.Standard.Key(), BerichtWriter.MessagePrefix(sample.Standard, sample.Code));
            files.Add(Copy(source, Path.Combine(dir, Path.GetFileName(source)), xsd));

            // Spread the variants evenly over the six samples.
            var count = (variants / SampleFiles.Length) + (s < variants % SampleFiles.Length ? 1 : 0);
            for (var v = 1; v <= count; v++)
            {
                var variant = WithClient(sample, bsn.Next(), v);
                var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(source)}-{v:D4}.xml"));
                File.WriteAllBytes(path, BerichtWriter.ToBytes(variant));
                files.Add(new InputFile(path, xsd, new FileInfo(path).Length));
            }
        }

        return files;
    }

    private static InputFile Copy(string source, string target, string xsd)
    {
        File.Copy(source, target, overwrite: true);
        return new InputFile(target, xsd, new FileInfo(target).Length);
    }

    /// <summary>The sample with another BSN and identificatie.</summary>
    public static Bericht WithClient(Bericht sample, string bsn, int variant)
    {
        var id = sample.Header.BerichtIdentificatie with
        {
            Identificatie = string.Create(CultureInfo.InvariantCulture, $"B{variant:D6}"),
        };
        return sample switch
        {
            Bericht301 b => b with { Header = b.Header with { BerichtIdentificatie = id }, Client = b.Client with { Bsn = bsn } },
            Bericht305 b => b with { Header = b.Header with { BerichtIdentificatie = id }, Client = b.Client with { Bsn = bsn } },
            Bericht307 b => b with { Header = b.Header with { BerichtIdentificatie = id }, Client = b.Client with { Bsn = bsn } },
            _ => throw new InvalidOperationException($"No variant generator for {sample.Identity}."),
        };
    }
}
