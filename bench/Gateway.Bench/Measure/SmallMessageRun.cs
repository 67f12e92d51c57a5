using System.Diagnostics;
using System.Globalization;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// The gateway on the small messages, in this process, one thread: warm-up passes (JIT, schema pack load, tiering),
/// then rounds of timed passes over every file.
/// </summary>
internal sealed class SmallMessageRun(ValidationUnderTest validation, IReadOnlyList<InputFile> files, BenchOptions options) : IRoundEngine
{
    private long _allocated;

    public string Name => "gateway " + validation.Name;

    public void Warmup()
    {
        for (var w = 0; w < options.WarmupPasses; w++)
        {
            Pass();
        }
    }

    public double Round()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var p = 0; p < options.Passes; p++)
        {
            Pass();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        _allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        return seconds;
    }

    public Figures Summarize(IReadOnlyList<double> rounds)
    {
        var messages = (long)files.Count * options.Passes;
        return new Figures(
            "small messages",
            Name,
            messages,
            files.Sum(f => f.Bytes) * options.Passes,
            Stats.Median(rounds),
            null,
            string.Create(CultureInfo.InvariantCulture, $"in-process, one thread; {options.WarmupPasses} warm-up passes, median of {rounds.Count} rounds × {options.Passes} passes over {files.Count} files, each read from disk (page cache) by ValidateFile; best round {messages / rounds.Min():N0} msg/s"))
        {
            AllocatedPerMessage = _allocated / (messages * rounds.Count),
        };
    }

    private void Pass()
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
