using System.Globalization;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// libxml2's schema validation through <c>xmllint --noout --schema</c>, on the same files. One invocation per XSD
/// with every file of that XSD repeated <c>passes</c> times; the fixed cost of an invocation (process start, schema
/// compile) is measured with a one-file invocation and subtracted, so the per-file figure compares with the
/// gateway's in-process figure, whose schema pack is loaded once before timing.
/// </summary>
internal sealed class XmllintRun(string xmllint)
{
    private const string TimeProgram = "/usr/bin/time";

    public static XmllintRun? Find(string? given)
    {
        var path = given ?? "/usr/bin/xmllint";
        return File.Exists(path) ? new XmllintRun(path) : null;
    }

    public string Version()
    {
        var outcome = ChildProcess.Run(xmllint, ["--version"]);
        return (outcome.Stderr + outcome.Stdout).Split('\n')[0].Trim();
    }

    public Figures Small(IReadOnlyList<InputFile> files, BenchOptions options, bool stream)
    {
        var groups = files.GroupBy(f => f.Xsd).ToList();
        Invoke(groups[0].Key, [groups[0].First().Path], stream); // warm the page cache and the binary
        var marginal = new List<double>();
        var raw = new List<double>();
        for (var r = 0; r < options.Rounds; r++)
        {
            double many = 0, one = 0;
            foreach (var group in groups)
            {
                var repeated = Enumerable.Repeat(group.Select(f => f.Path), options.Passes).SelectMany(p => p).ToList();
                many += Invoke(group.Key, repeated, stream);
                one += Invoke(group.Key, [group.First().Path], stream);
            }

            raw.Add(many);
            marginal.Add((many - one) * files.Count * options.Passes / ((files.Count * options.Passes) - groups.Count));
        }

        var rawSeconds = Stats.Median(raw);
        return new Figures(
            "small messages",
            Engine(stream),
            (long)files.Count * options.Passes,
            files.Sum(f => f.Bytes) * options.Passes,
            Stats.Median(marginal),
            null,
            string.Create(CultureInfo.InvariantCulture, $"{groups.Count} invocations (one per XSD) of {options.Passes}× their files, minus a 1-file invocation each; median of {options.Rounds} rounds; raw incl. start+schema compile: {files.Count * options.Passes / rawSeconds:F0} msg/s"));
    }

    public Figures Big(InputFile file, string fixedCostSample, int repeat, bool stream)
    {
        var fixedCost = Stats.Median([.. Enumerable.Range(0, 3).Select(_ => Invoke(file.Xsd, [fixedCostSample], stream))]);
        var seconds = new List<double>();
        long peak = 0;
        for (var r = 0; r < repeat; r++)
        {
            var outcome = ChildProcess.Run(TimeProgram, ["-f", "MAXRSS_KB %M", xmllint, "--noout", .. StreamFlag(stream), "--schema", file.Xsd, file.Path]);
            Require(outcome, file.Path);
            seconds.Add(outcome.Seconds);
            var line = outcome.Stderr.Split('\n').Last(l => l.StartsWith("MAXRSS_KB ", StringComparison.Ordinal));
            peak = Math.Max(peak, long.Parse(line["MAXRSS_KB ".Length..], CultureInfo.InvariantCulture) * 1024);
        }

        return new Figures(
            "20 MB 323",
            Engine(stream),
            1,
            file.Bytes,
            Math.Max(1e-6, Stats.Median(seconds) - fixedCost),
            peak,
            string.Create(CultureInfo.InvariantCulture, $"median of {repeat} runs minus the {fixedCost * 1000:F0} ms of a 1-file run (start + schema compile); peak = max RSS from /usr/bin/time"));
    }

    private static string Engine(bool stream) => stream ? "xmllint --stream" : "xmllint (tree)";

    private static string[] StreamFlag(bool stream) => stream ? ["--stream"] : [];

    private double Invoke(string xsd, IReadOnlyList<string> files, bool stream)
    {
        var outcome = ChildProcess.Run(xmllint, ["--noout", .. StreamFlag(stream), "--schema", xsd, .. files]);
        Require(outcome, files[0]);
        return outcome.Seconds;
    }

    private static void Require(ChildProcess.Outcome outcome, string file)
    {
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"xmllint rejects {file} (exit {outcome.ExitCode}): {string.Join(" | ", outcome.Stderr.Split('\n').Where(l => !l.EndsWith(" validates", StringComparison.Ordinal)).Take(5))}");
        }
    }
}
