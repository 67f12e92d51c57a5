using System.Diagnostics;
using Gateway.Bench.Figures.Store;
using Gateway.Routing.Figures;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Bench.Figures.Measure;

/// <summary>
/// Times <see cref="FigureReports.BuildAsync"/> for every kind over the whole year and over one month, on the gateway
/// composed over the generated store (the reports resolved from the same container): one untimed warm-up, then the
/// timed runs, each after a full compacting GC and a reset of the process's peak memory.
/// </summary>
internal sealed class ReportBench(BenchGateway gateway, TextWriter log)
{
    public const string NotBuiltYet = "not built yet";

    public async Task<IReadOnlyList<ReportFigures>> RunAsync(FigureRequest year, FigureRequest month, string monthLabel, int runs)
    {
        FigureReports reports;
        try
        {
            // As the gateway composes it when registered; otherwise built from what the container has.
            reports = gateway.Services.GetService<FigureReports>() ?? ActivatorUtilities.CreateInstance<FigureReports>(gateway.Services);
        }
        catch (InvalidOperationException e)
        {
            log.WriteLine("  FigureReports cannot be composed: " + e.Message);
            var status = "not composed";
            return [.. Enum.GetValues<FigureKind>().SelectMany(k => new[] { new ReportFigures(k, "year", status), new ReportFigures(k, monthLabel, status) })];
        }

        var results = new List<ReportFigures>();
        foreach (var kind in Enum.GetValues<FigureKind>())
        {
            foreach (var (scope, request) in new[] { ("year", year), (monthLabel, month) })
            {
                log.WriteLine($"  {kind.ToString().ToLowerInvariant()} {scope} …");
                results.Add(await MeasureAsync(reports, kind, scope, request, runs));
            }
        }

        return results;
    }

    private static async Task<ReportFigures> MeasureAsync(FigureReports reports, FigureKind kind, string scope, FigureRequest request, int runs)
    {
        FigureTable table;
        try
        {
            table = await reports.BuildAsync(kind, request);
        }
        catch (NotSupportedException)
        {
            return new ReportFigures(kind, scope, NotBuiltYet);
        }

        var seconds = new List<double>();
        var allocated = new List<long>();
        long? peak = null;
        long? above = null;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var resident = ProcessMemory.Resident;
            var reset = ProcessMemory.TryResetPeak();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            table = await reports.BuildAsync(kind, request);
            seconds.Add(watch.Elapsed.TotalSeconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            if (ProcessMemory.Peak is { } p)
            {
                peak = Math.Max(peak ?? 0, p);
                if (reset && resident is { } r)
                {
                    above = Math.Max(above ?? 0, p - r);
                }
            }
        }

        return new ReportFigures(kind, scope, "ok")
        {
            Rows = table.Rows.Count,
            Seconds = seconds,
            PeakBytes = peak,
            PeakAboveStartBytes = above,
            AllocatedBytes = allocated.Order().ElementAt(allocated.Count / 2),
        };
    }
}
