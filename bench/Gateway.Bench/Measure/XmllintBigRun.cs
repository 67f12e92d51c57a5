using System.Globalization;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// xmllint on the big file under <c>/usr/bin/time</c> (for the max RSS); the time of a one-file invocation on the
/// small 323 sample (start + schema compile) is subtracted.
/// </summary>
internal sealed class XmllintBigRun(Xmllint xmllint, InputFile big, string sample) : IRoundEngine
{
    private const string TimeProgram = "/usr/bin/time";
    private const string RssMarker = "MAXRSS_KB ";

    private readonly List<double> _fixed = [];
    private long _peak;

    public string Name => xmllint.Name;

    public void Warmup() => xmllint.Invoke(big.Xsd, [big.Path]);

    public double Round()
    {
        _fixed.Add(xmllint.Invoke(big.Xsd, [sample]));
        var outcome = ChildProcess.Run(TimeProgram, ["-f", RssMarker + "%M", xmllint.Path, .. xmllint.Arguments(big.Xsd, [big.Path])]);
        Xmllint.Require(outcome, big.Path);
        var line = outcome.Stderr.Split('\n').Last(l => l.StartsWith(RssMarker, StringComparison.Ordinal));
        _peak = Math.Max(_peak, long.Parse(line[RssMarker.Length..], CultureInfo.InvariantCulture) * 1024);
        return outcome.Seconds;
    }

    public Figures Summarize(IReadOnlyList<double> rounds)
    {
        var fixedCost = Stats.Median(_fixed);
        return new Figures(
            "20 MB 323",
            Name,
            1,
            big.Bytes,
            Math.Max(1e-6, Stats.Median(rounds) - fixedCost),
            _peak,
            string.Create(CultureInfo.InvariantCulture, $"fresh process per round; median of {rounds.Count} rounds minus {fixedCost * 1000:F0} ms (a 1-file run on the 323 sample: start + schema compile); peak = max RSS from /usr/bin/time"));
    }
}
