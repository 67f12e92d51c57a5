namespace Gateway.Bench.Load.Client;

/// <summary>
/// One run of the load client: per request its outcome and its latency in milliseconds (open loop: from the time it was
/// scheduled, so a send delayed by a busy gateway or a full connection pool is counted; closed loop: from the send), and
/// the run's duration from its start to the last answer.
/// </summary>
internal sealed class RunResult(Outcome[] outcomes, double[] latencies, TimeSpan elapsed)
{
    public IReadOnlyList<Outcome> Outcomes => outcomes;

    public TimeSpan Elapsed => elapsed;

    public int Sent => outcomes.Count(o => o != Outcome.NotSent);

    public int Count(Outcome outcome) => outcomes.Count(o => o == outcome);

    /// <summary>Acknowledged requests per second of the run.</summary>
    public double AcknowledgedPerSecond => elapsed > TimeSpan.Zero ? Count(Outcome.Acknowledged) / elapsed.TotalSeconds : 0;

    /// <summary>The <paramref name="percentile"/> (0–100) of the acknowledged requests' latencies in ms, nearest rank; NaN when none.</summary>
    public double Latency(double percentile)
    {
        var acknowledged = latencies.Where((_, i) => outcomes[i] == Outcome.Acknowledged).Order().ToArray();
        if (acknowledged.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * acknowledged.Length);
        return acknowledged[Math.Clamp(rank - 1, 0, acknowledged.Length - 1)];
    }
}
