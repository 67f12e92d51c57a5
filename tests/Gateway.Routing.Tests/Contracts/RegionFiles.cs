using System.Text;
using Gateway.Messages.Model;
using Gateway.Routing.Contracts;
using Gateway.Routing.Contracts.Rules;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Contracts;

/// <summary>A private copy of samples/region in a temp directory, with sources that look at the files on every use.</summary>
internal sealed class RegionFiles : IDisposable
{
    public RegionFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "gateway-region-tests", Guid.NewGuid().ToString("N"));
        Copy(SampleRegion, Directory);
    }

    /// <summary>samples/region of the checkout.</summary>
    public static string SampleRegion { get; } = FindSampleRegion();

    public string Directory { get; }

    public string ReferencePath => Path.Combine(Directory, "reference");

    public string ContractsFile => Path.Combine(Directory, "contracts.json");

    public string GemeentenFile => Path.Combine(ReferencePath, ReferenceData.GemeentenFile);

    public ReloadingSource<ReferenceData> Reference(TimeProvider? time = null) =>
        new("reference", () => ReferenceData.FilesIn(ReferencePath), () => ReferenceData.Load(ReferencePath), time ?? TimeProvider.System, TimeSpan.Zero, NullLogger.Instance);

    public ReloadingSource<ContractRegister> Contracts(TimeProvider? time = null) =>
        new("contracts", () => [ContractsFile], () => ContractRegister.Load(ContractsFile), time ?? TimeProvider.System, TimeSpan.Zero, NullLogger.Instance);

    /// <summary>The region of <see cref="TestGateway"/>: Utrecht 0344 and Amsterdam 0363 (into which Weesp 0457 merged).</summary>
    public static RoutingTable TestRegion { get; } = new(new RegionRoutes
    {
        Gemeenten =
        [
            new GemeenteRoute { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } },
            new GemeenteRoute { Code = "0363", Name = "Amsterdam", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/amsterdam") } },
        ],
    });

    /// <summary>Every level-4 rule over this copy, as AddGatewayContracts registers them.</summary>
    public ICrossMessageRule[] Rules()
    {
        var reference = Reference();
        var contracts = Contracts();
        return
        [
            new TR135_DagtekeningNietInDeToekomst(),
            new TR378_GemeentecodeBijCbs(reference, new GemeenteMergers(reference, TestRegion, TimeProvider.System)),
            new TR381_ProductCodeBijCategorie(reference, contracts),
            new TR418_ContractTarief(contracts),
            new CT01_ProductGecontracteerd(contracts),
            new CT02_EenheidPastBijVariant(contracts),
            new CT03_TaakgerichtGeenClientberichten(contracts),
        ];
    }

    /// <summary>Rewrites a file and moves its write time on, so a change is seen even within one timestamp tick.</summary>
    public static void Rewrite(string file, Func<string, string> change)
    {
        var before = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, change(File.ReadAllText(file)));
        File.SetLastWriteTimeUtc(file, before.AddSeconds(2));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private static string FindSampleRegion()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var region = Path.Combine(dir.FullName, "samples", "region");
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")) && System.IO.Directory.Exists(region))
            {
                return region;
            }
        }

        throw new InvalidOperationException("samples/region not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in System.IO.Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}

/// <summary>Sample messages with small edits, and the codes an answer carries per class.</summary>
internal static class Messages
{
    public static byte[] Sample(string sample, params (string From, string To)[] edits)
    {
        var text = Encoding.UTF8.GetString(RepoPaths.SampleBytes(sample));
        foreach (var (from, to) in edits)
        {
            var at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{from}' not in {sample}");
            text = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
        }

        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Path → retourcodes of every class of an answer (the header under /Bericht/Header).</summary>
    public static Dictionary<string, IReadOnlyList<string>> CodesByPath(byte[] answer)
    {
        var bericht = BerichtReader.Read(answer);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var item in ClassPaths.Of(bericht))
        {
            var codes = item.Record switch
            {
                RetourHeader h => h.RetourCodes,
                DeclaratieAntwoordHeader h => h.RetourCodes,
                IMessageClass c => c.RetourCodes,
                _ => [],
            };
            result[item.Path] = codes;
        }

        return result;
    }

    /// <summary>ReferentieNummer → retourcodes of the prestaties a 325 lists.</summary>
    public static Dictionary<string, IReadOnlyList<string>> PrestatieCodes(byte[] answer) =>
        ClassPaths.Of<Prestatie>(BerichtReader.Read(answer)).ToDictionary(p => p.Record.ProductReferentie.ReferentieNummer, p => p.Record.RetourCodes, StringComparer.Ordinal);
}
