namespace Gateway.Bench.Measure;

/// <summary>One thing timed in rounds: the gateway at some level, or xmllint in some mode.</summary>
internal interface IRoundEngine
{
    string Name { get; }

    void Warmup();

    /// <summary>One timed round; returns the seconds that count.</summary>
    double Round();

    Figures Summarize(IReadOnlyList<double> rounds);
}

/// <summary>
/// Runs the engines' rounds interleaved (A B C D, A B C D …) rather than one engine after another, so load from other
/// processes on a shared machine falls on every engine alike; each engine's median round is reported.
/// </summary>
internal static class Interleaved
{
    public static IReadOnlyList<Figures> Run(IReadOnlyList<IRoundEngine> engines, int rounds, TextWriter log)
    {
        foreach (var engine in engines)
        {
            log.WriteLine($"  warm-up: {engine.Name}");
            engine.Warmup();
        }

        var seconds = engines.Select(_ => new List<double>()).ToList();
        for (var r = 0; r < rounds; r++)
        {
            log.WriteLine($"  round {r + 1}/{rounds}");
            for (var e = 0; e < engines.Count; e++)
            {
                seconds[e].Add(engines[e].Round());
            }
        }

        return [.. engines.Select((engine, e) => engine.Summarize(seconds[e]))];
    }
}
