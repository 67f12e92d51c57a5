using System.Globalization;
using Gateway.Bench.Figures.Generate;
using Gateway.Bench.Figures.Measure;
using Gateway.Bench.Figures.Region;
using Gateway.Bench.Figures.Store;
using Gateway.Bench.Inputs;
using Gateway.Bench.Report;
using Gateway.Routing.Figures;

namespace Gateway.Bench.Figures;

/// <summary>The benchmark: generate the year into the store when it is not there yet, then measure every report kind.</summary>
internal sealed class FiguresRun(FiguresOptions options, TextWriter log)
{
    public async Task<int> ExecuteAsync()
    {
        var schemas = RepositoryLayout.Find(options.Repo).Schemas;
        var temp = options.Store is null ? Directory.CreateTempSubdirectory("gateway-figures-bench-").FullName : null;
        var layout = StoreLayout.For(options.Store ?? Path.Combine(temp!, "gateway.db"));
        try
        {
            var loadAtStart = Machine.CurrentLoad();
            GenerationManifest manifest;
            if (layout.IsComplete)
            {
                manifest = GenerationManifest.Read(layout.Manifest);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Store {layout.Database}: {manifest.Clients:N0} clients generated earlier; measuring only."));
                if (manifest.Clients != options.Clients && options.Clients != RegionDesign.FullRegionClients)
                {
                    log.WriteLine($"  (--clients {options.Clients} ignored: the store holds {manifest.Clients:N0} clients; use another --store to generate anew)");
                }
            }
            else
            {
                log.WriteLine($"Generating into {layout.Database} …");
                manifest = await YearGeneration.RunAsync(layout, options, schemas, log);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated in {manifest.PlanSeconds + manifest.SendSeconds:F0} s ({manifest.PlanSeconds:F0} s planning, {manifest.SendSeconds:F0} s through the gateway), {layout.DatabaseBytes / 1_000_000.0:N0} MB"));
                log.Write(manifest.Tally);
                log.WriteLine("Rows per table:");
                foreach (var (table, rows) in manifest.Tables)
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table}: {rows:N0}"));
                }
            }

            if (options.GenerateOnly)
            {
                return 0;
            }

            var versionBefore = StoreTables.SchemaVersion(layout.Database);
            log.WriteLine("Measuring the reports …");
            IReadOnlyList<ReportFigures> figures;
            await using (var gateway = await BenchGateway.OpenAsync(layout, schemas, new BenchClock(manifest.ClockAtEnd)))
            {
                var year = new FigureRequest(new Maand(RegionDesign.Year, 1), new Maand(RegionDesign.Year, 12), [], []);
                var month = new FigureRequest(options.Month, options.Month, [], []);
                figures = await new ReportBench(gateway, log).RunAsync(year, month, options.Month.ToString(), options.Runs);
            }

            if (StoreTables.SchemaVersion(layout.Database) != versionBefore)
            {
                log.WriteLine($"Warning: opening the store migrated it from schema version {versionBefore}: tables added since the generation are empty. Generate again into a new --store for figures worth quoting.");
            }

            Console.Write(ReportTable.Render(Machine.Describe(""), ProcessMemory.MachineTotal, loadAtStart, StoreTables.SqliteVersion(layout.Database), manifest, layout.DatabaseBytes, options.Runs, figures, options.Markdown));
            return 0;
        }
        finally
        {
            if (temp is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
