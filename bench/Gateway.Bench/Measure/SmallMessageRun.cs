using System.Diagnostics;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// Throughput on the small messages, one thread: warm-up passes (JIT, schema pack load, tiering), then rounds of
/// timed passes over every file; the median round is reported.
/// </summary>
internal static class SmallMessageRun
{
    public static Figures Measure(ValidationUnderTest validation, IReadOnlyList<InputFile> files, BenchOptions options)
    {
        for (var w = 0; w < options.WarmupPasses; w++)
        {
            Pass(validation, files);
        }

        var seconds = new List<double>();
        long allocated = 0;
        for (var r = 0; r < options.Rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var p = 0; p < options.Passes; p++)
            {
                Pass(validation, files);
            }

            seconds.Add(watch.Elapsed.TotalSeconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var messages = (long)files.Count * options.Passes;
        return new Figures(
            "small messages",
            "gateway " + validation.Name,
            messages,
            files.Sum(f => f.Bytes) * options.Passes,
            Stats.Median(seconds),
            null,
            $"{options.WarmupPasses} warm-up passes, median of {options.Rounds} rounds × {options.Passes} passes over {files.Count} files; in-process, files read from disk (page cache)")
        {
            AllocatedPerMessage = allocated / (messages * options.Rounds),
        };
    }

    private static void Pass(ValidationUnderTest validation, IReadOnlyList<InputFile> files)
    {
        foreach (var file in files)
        {
            var issues = validation.Check(file.Path);
            if (issues.Count > 0)
            {
                throw new InvalidOperationException($"{validation.Name} rejects the generated input {file.Path}: {issues[0].Code} {issues[0].Path} {issues[0].Message}");
            }
        }
    }
}
