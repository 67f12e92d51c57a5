using System.Diagnostics;
using System.Text.Json;

namespace Gateway.Bench.Measure;

/// <summary>What a big-file child process reports back to the parent (one JSON line on stdout).</summary>
internal sealed record BigFileResult(
    double[] Seconds,
    long PeakWorkingSet,
    long PeakWorkingSetBeforeDocument,
    long PeakManagedHeapSampled,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    string GcMode);

/// <summary>
/// Runs inside a fresh process: loads the schema pack, warms up on a small file, then validates the big file
/// <c>repeat</c> times. The process's peak working set therefore belongs to this scenario alone.
/// </summary>
internal static class BigFileChild
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(string level, string schemaRoot, string file, string warmFile, int repeat)
    {
        var validation = ValidationUnderTest.Create(level, schemaRoot);
        for (var i = 0; i < 5; i++)
        {
            Require(validation, warmFile);
        }

        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        long peakHeap = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            // GC.GetTotalMemory(false) = bytes in use on the managed heap, garbage since the last GC included.
            while (!done.Wait(2))
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
            }
        }) { IsBackground = true };
        sampler.Start();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var seconds = new double[repeat];
        for (var r = 0; r < repeat; r++)
        {
            var watch = Stopwatch.StartNew();
            Require(validation, file);
            seconds[r] = watch.Elapsed.TotalSeconds;
        }

        done.Set();
        sampler.Join();
        var result = new BigFileResult(
            seconds,
            Process.GetCurrentProcess().PeakWorkingSet64,
            before,
            peakHeap,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / repeat,
            GC.CollectionCount(0) - g0,
            GC.CollectionCount(1) - g1,
            GC.CollectionCount(2) - g2,
            (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Interactive ? ", concurrent" : string.Empty));
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    private static void Require(ValidationUnderTest validation, string file)
    {
        var issues = validation.Check(file);
        if (issues.Count > 0)
        {
            throw new InvalidOperationException($"{validation.Name} rejects the generated input {file} ({issues.Count} issues): {string.Join(" | ", issues.Take(5).Select(i => $"{i.Code} {i.Path} {i.Message}"))}");
        }
    }
}
