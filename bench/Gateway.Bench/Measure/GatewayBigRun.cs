using System.Globalization;
using System.Text.Json;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// The gateway on the big file, each round in a fresh child process (<see cref="BigFileChild"/>), so its peak working
/// set belongs to this scenario alone and not to the small-message runs of the parent.
/// </summary>
internal sealed class GatewayBigRun(string level, RepositoryLayout repo, InputFile big, string sample, int repeat) : IRoundEngine
{
    private readonly List<BigFileResult> _results = [];

    public string Name => level == Levels.One ? "gateway level 1" : "gateway level 1+2";

    public void Warmup()
    {
        // Each child warms itself up; nothing is shared between processes.
    }

    public double Round()
    {
        var (program, prefix) = ChildProcess.Self();
        var outcome = ChildProcess.Run(program, [.. prefix, "--child", "big", "--level", level, "--repo", repo.Root, "--file", big.Path, "--warm", sample, "--big-repeat", repeat.ToString(CultureInfo.InvariantCulture)]);
        var line = outcome.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(BigFileChild.ResultPrefix, StringComparison.Ordinal));
        if (outcome.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The big-file child ({Name}) failed with exit code {outcome.ExitCode}:\n{outcome.Stderr}{outcome.Stdout}");
        }

        var result = JsonSerializer.Deserialize<BigFileResult>(line[BigFileChild.ResultPrefix.Length..])
            ?? throw new InvalidOperationException("The big-file child printed an empty result.");
        _results.Add(result);

        // The first validation in a fresh process runs partly on tier-0 JIT code; the warm figure excludes it.
        return Stats.Median(result.Seconds.Length > 1 ? result.Seconds[1..] : result.Seconds);
    }

    public Figures Summarize(IReadOnlyList<double> rounds)
    {
        static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("F0", CultureInfo.InvariantCulture);
        var first = _results.Select(r => r.Seconds[0]).ToList();
        return new Figures(
            "20 MB 323",
            Name,
            1,
            big.Bytes,
            Stats.Median(rounds),
            _results.Max(r => r.PeakWorkingSet),
            string.Create(CultureInfo.InvariantCulture, $"fresh process per round, 5 warm-up validations of the 323 sample, then {repeat} validations of the big file; time = median over {rounds.Count} rounds of the median of validations 2..{repeat} (warm JIT); the first validation in a process (tier-0 JIT) takes a median {Stats.Median(first):F2} s; peak = max over rounds of Process.PeakWorkingSet64 (VmHWM) at the end, of which {Mb(_results.Max(r => r.PeakWorkingSetBeforeDocument))} MB before the document (runtime + schema pack); managed heap peak (GC.GetTotalMemory sampled every 2 ms) {Mb(_results.Max(r => r.PeakManagedHeapSampled))} MB; {Mb(_results[0].AllocatedBytes)} MB allocated per validation; GCs per validation gen0/1/2 {_results[0].Gen0 / repeat}/{_results[0].Gen1 / repeat}/{_results[0].Gen2 / repeat}; {_results[0].GcMode} GC"))
        {
            AllocatedPerMessage = _results[0].AllocatedBytes,
        };
    }
}
