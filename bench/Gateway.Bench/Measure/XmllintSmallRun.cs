using System.Globalization;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Measure;

/// <summary>
/// xmllint on the small messages: per round one invocation per XSD with all files of that XSD repeated
/// <c>passes</c> times, minus a one-file invocation per XSD (process start and schema compile), so the per-file
/// figure compares with the gateway's, whose schema pack is loaded before timing.
/// </summary>
internal sealed class XmllintSmallRun(Xmllint xmllint, IReadOnlyList<InputFile> files, BenchOptions options) : IRoundEngine
{
    private readonly List<IGrouping<string, InputFile>> _groups = [.. files.GroupBy(f => f.Xsd)];
    private readonly List<double> _raw = [];

    public string Name => xmllint.Name;

    public void Warmup()
    {
        foreach (var group in _groups)
        {
            xmllint.Invoke(group.Key, [.. group.Select(f => f.Path)]);
        }
    }

    public double Round()
    {
        double many = 0, one = 0;
        foreach (var group in _groups)
        {
            many += xmllint.Invoke(group.Key, [.. Enumerable.Repeat(group.Select(f => f.Path), options.Passes).SelectMany(p => p)]);
            one += xmllint.Invoke(group.Key, [group.First().Path]);
        }

        _raw.Add(many);
        var documents = files.Count * options.Passes;
        return (many - one) * documents / (documents - _groups.Count);
    }

    public Figures Summarize(IReadOnlyList<double> rounds)
    {
        var documents = files.Count * options.Passes;
        return new Figures(
            "small messages",
            Name,
            documents,
            files.Sum(f => f.Bytes) * options.Passes,
            Stats.Median(rounds),
            null,
            string.Create(CultureInfo.InvariantCulture, $"per round {_groups.Count} invocations (one per XSD) of {options.Passes}× their files, minus a 1-file invocation each (start + schema compile); median of {rounds.Count} rounds; best round {documents / rounds.Min():N0} msg/s; without the subtraction (median): {documents / Stats.Median(_raw):N0} msg/s"));
    }
}
