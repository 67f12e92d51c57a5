using System.Diagnostics;
using System.Globalization;
using Gateway.Bench.Figures.Region;
using Gateway.Bench.Figures.Store;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// Generates a year of the region into a store: plans every client, sizes the ceilings from the plan, writes the region's
/// files and the store's keys, sends the year through the gateway and records what it produced (the manifest, last).
/// </summary>
internal static class YearGeneration
{
    public static async Task<GenerationManifest> RunAsync(StoreLayout layout, FiguresOptions options, string schemaRoot, TextWriter log)
    {
        if (layout.HasLeftovers)
        {
            throw new InvalidOperationException($"{layout.Database}: an unfinished generation is in the way (no {Path.GetFileName(layout.Manifest)}); delete {Path.GetFileName(layout.Database)}* beside it or pick another --store.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(layout.Database)!);
        var scratch = options.Scratch is { } dir ? Directory.CreateDirectory(Path.Combine(dir, "gateway-figures-" + Path.GetRandomFileName())).FullName : null;
        var work = scratch is null ? layout : StoreLayout.For(Path.Combine(scratch, Path.GetFileName(layout.Database)));
        if (scratch is not null)
        {
            log.WriteLine($"Generating in {scratch}, then moving the store to {layout.Database}.");
        }

        try
        {
            return await GenerateAsync(work, layout, options, schemaRoot, log);
        }
        finally
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<GenerationManifest> GenerateAsync(StoreLayout work, StoreLayout layout, FiguresOptions options, string schemaRoot, TextWriter log)
    {
        var planWatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var region = RegionDesign.Create(options.Providers ?? RegionDesign.ProvidersFor(options.Clients), random);
        var factory = new MessageFactory();
        var planner = new ClientPlanner(region, factory, random);
        for (var i = 0; i < options.Clients; i++)
        {
            planner.Plan(i);
        }

        var ceilings = RegionFiles.Ceilings(planner.Book.Planned);
        RegionFiles.Write(work.Region, region, ceilings);
        StoreKeys.Create().Write(work.Keys);
        var providers = region.Providers.ToDictionary(p => p.Agb, StringComparer.Ordinal);
        var schedule = planner.Messages
            .Concat(planner.Book.Schedule(providers, factory, planner.Order))
            .OrderBy(m => m.At)
            .ThenBy(m => m.Order)
            .ToList();
        var planSeconds = planWatch.Elapsed.TotalSeconds;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Planned {options.Clients:N0} clients of {region.Providers.Count} providers ({region.Contracts.Count} contracts, {ceilings.Count} ceilings): {schedule.Count:N0} messages, {planner.Book.Declaraties:N0} of them 323s with {planner.Book.Prestaties:N0} prestaties, in {planSeconds:F1} s"));

        var sendWatch = Stopwatch.StartNew();
        GenerationTally tally;
        DateTimeOffset clockAtEnd;
        await using (var gateway = await BenchGateway.OpenAsync(work, schemaRoot, new BenchClock(Clock.At(Clock.First, 6, 0))))
        {
            tally = await new YearTraffic(gateway, random, log).RunAsync(schedule);
            clockAtEnd = gateway.Clock.GetUtcNow();
        }

        var sendSeconds = sendWatch.Elapsed.TotalSeconds;
        if (work != layout)
        {
            var moveWatch = Stopwatch.StartNew();
            Move(work, layout);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Moved the store in {moveWatch.Elapsed.TotalSeconds:F0} s."));
        }

        var manifest = new GenerationManifest
        {
            Clients = options.Clients,
            Providers = region.Providers.Count,
            Seed = options.Seed,
            Contracts = region.Contracts.Count,
            Ceilings = ceilings.Count,
            PlannedMessages = schedule.Count,
            Declaraties = planner.Book.Declaraties,
            PlannedPrestaties = planner.Book.Prestaties,
            GatewayMessages = tally.Total,
            UnexpectedOutcomes = tally.Unexpected,
            PlanSeconds = planSeconds,
            SendSeconds = sendSeconds,
            ClockAtEnd = clockAtEnd,
            SchemaVersion = StoreTables.SchemaVersion(layout.Database),
            Tables = StoreTables.Count(layout.Database),
            DatabaseBytes = layout.DatabaseBytes,
            Tally = tally.Render(),
        };
        manifest.Write(layout.Manifest);
        return manifest;
    }

    /// <summary>Moves a closed store with its region and keys (a copy when the scratch folder is another file system).</summary>
    private static void Move(StoreLayout from, StoreLayout to)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(from.Database + suffix))
            {
                File.Move(from.Database + suffix, to.Database + suffix);
            }
        }

        File.Move(from.Keys, to.Keys);
        foreach (var file in Directory.EnumerateFiles(from.Region, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to.Region, Path.GetRelativePath(from.Region, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
