using System.Globalization;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// A whole command over a folder of files, as a user runs it: a fresh process per round, timed from start to exit,
/// so process start, JIT and schema compilation count. The command must exit 0 (every file valid), or its time would
/// be meaningless. The CPU time (user + system, all threads) of each round is kept beside it: on a shared machine the
/// wall clock also counts the time a process waited for a core.
/// </summary>
internal sealed class FolderCommandRun(string name, string program, IReadOnlyList<string> arguments, IReadOnlyList<InputFile> files) : IRoundEngine
{
    private readonly List<double> _cpuSeconds = [];

    public string Name => name;

    public void Warmup()
    {
        Round();
        _cpuSeconds.Clear();
    }

    public double Round()
    {
        var outcome = ChildProcess.Run(program, arguments);
        _cpuSeconds.Add(outcome.CpuSeconds);
        if (outcome.ExitCode != 0)
        {
            var lines = (outcome.Stderr + outcome.Stdout).Split('\n').Where(l => l.Length > 0 && !l.EndsWith(" validates", StringComparison.Ordinal) && !l.StartsWith("OK ", StringComparison.Ordinal)).Take(5);
            throw new InvalidOperationException($"{name} exits {outcome.ExitCode} on {files[0].Path} …: {string.Join(" | ", lines)}");
        }

        return outcome.Seconds;
    }

    public Figures Summarize(IReadOnlyList<double> rounds) => new(
        $"folder of {files.Count:N0} JW301",
        Name,
        files.Count,
        files.Sum(f => f.Bytes),
        Stats.Median(rounds),
        null,
        string.Create(CultureInfo.InvariantCulture, $"`{ShortName(program)} {string.Join(' ', arguments.Take(4).Select(a => a.StartsWith('/') ? Path.GetFileName(a) : a))} …`: one fresh process per round, start to exit (process start, JIT, schema compile included); median of {rounds.Count} rounds, best {rounds.Min():F3} s; CPU (user+sys) median {Stats.Median(_cpuSeconds):F3} s, rounds {string.Join(" / ", _cpuSeconds.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))}"));

    /// <summary>The program with its folder, so two builds of `gateway` can be told apart.</summary>
    private static string ShortName(string program) =>
        Path.IsPathRooted(program) && Path.GetDirectoryName(program) is { Length: > 1 } folder
            ? Path.Combine(Path.GetFileName(folder), Path.GetFileName(program))
            : Path.GetFileName(program);
}
