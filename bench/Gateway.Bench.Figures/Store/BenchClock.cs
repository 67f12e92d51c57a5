namespace Gateway.Bench.Figures.Store;

/// <summary>The gateway's clock during generation: the generator moves it to each message's moment, never back.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void MoveTo(DateTimeOffset when)
    {
        if (when > _now)
        {
            _now = when;
        }
    }
}
