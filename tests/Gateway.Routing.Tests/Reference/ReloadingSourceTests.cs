using Gateway.Routing.Reference;
using Gateway.Routing.Tests.Contracts;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Reference;

public sealed class ReloadingSourceTests
{
    [Fact]
    public void Current_FileChanged_NewDataUsedWithoutRestart()
    {
        using var region = new RegionFiles();
        var source = region.Reference();
        Assert.False(source.Current.IsGemeenteValidOn("0001", new DateOnly(2026, 1, 1)));

        RegionFiles.Rewrite(region.GemeentenFile, json => json.Replace("{ \"code\": \"0344\", \"naam\": \"Utrecht\" },", "{ \"code\": \"0344\", \"naam\": \"Utrecht\" }, { \"code\": \"0001\", \"naam\": \"Fictief (test)\" },", StringComparison.Ordinal));

        Assert.True(source.Current.IsGemeenteValidOn("0001", new DateOnly(2026, 1, 1)));
        Assert.Equal(2, source.Status.Generation);
        Assert.False(source.Status.IsStale);
    }

    [Fact]
    public void Current_BrokenFile_PreviousDataKeptAndErrorVisibleUntilFixed()
    {
        using var region = new RegionFiles();
        var source = region.Reference();
        var original = File.ReadAllText(region.GemeentenFile);

        RegionFiles.Rewrite(region.GemeentenFile, json => json.Replace("\"code\": \"0363\"", "\"code\": \"363\"", StringComparison.Ordinal));

        Assert.True(source.Current.IsGemeenteValidOn("0363", new DateOnly(2026, 1, 1)));
        Assert.True(source.Status.IsStale);
        Assert.Equal(1, source.Status.Generation);
        Assert.Contains("gemeenten.json line", source.Status.LastError!.Message, StringComparison.Ordinal);
        Assert.Contains("363", source.Status.LastError.Message, StringComparison.Ordinal);

        RegionFiles.Rewrite(region.GemeentenFile, _ => original);

        Assert.True(source.Current.IsGemeenteValidOn("0363", new DateOnly(2026, 1, 1)));
        Assert.False(source.Status.IsStale);
        Assert.Equal(2, source.Status.Generation);
    }

    [Fact]
    public void Current_NewProductListFileAdded_Seen()
    {
        using var region = new RegionFiles();
        var source = region.Reference();
        Assert.Null(source.Current.List("amsterdam-eigen"));

        File.WriteAllText(Path.Combine(region.ReferencePath, "productcodes", "amsterdam-eigen.json"), """{ "lijst": "amsterdam-eigen", "producten": [ { "categorie": "02", "code": "02X01" } ] }""");

        Assert.NotNull(source.Current.List("amsterdam-eigen"));
    }

    [Fact]
    public void Current_WithinCheckInterval_FilesNotLookedAt()
    {
        using var region = new RegionFiles();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        var source = new ReloadingSource<ReferenceData>(
            "reference", () => ReferenceData.FilesIn(region.ReferencePath), () => ReferenceData.Load(region.ReferencePath), time, TimeSpan.FromSeconds(5), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        RegionFiles.Rewrite(region.GemeentenFile, json => json.Replace("\"naam\": \"Utrecht\"", "\"naam\": \"Utrecht (nieuw)\"", StringComparison.Ordinal));
        Assert.Equal("Utrecht", source.Current.Gemeente("0344")!.Naam);

        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal("Utrecht (nieuw)", source.Current.Gemeente("0344")!.Naam);
    }

    [Fact]
    public void Constructor_BrokenAtStart_Throws()
    {
        using var region = new RegionFiles();
        File.WriteAllText(region.GemeentenFile, "{ \"gemeenten\": 5 }");

        Assert.Throws<ConfigurationFileException>(() => region.Reference());
    }

    [Fact]
    public async Task Current_ConcurrentReadersDuringReloads_AlwaysSeeAWholeSnapshot()
    {
        using var region = new RegionFiles();
        var source = region.Reference();
        var original = File.ReadAllText(region.GemeentenFile);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                var data = source.Current;
                Assert.True(data.IsGemeenteValidOn("0344", new DateOnly(2026, 1, 1)));
                reads++;
            }

            return reads;
        })).ToArray();

        for (var i = 0; i < 20; i++)
        {
            RegionFiles.Rewrite(region.GemeentenFile, _ => original.Replace("\"Utrecht\"", $"\"Utrecht {i}\"", StringComparison.Ordinal));
            await Task.Delay(5);
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
    }
}
