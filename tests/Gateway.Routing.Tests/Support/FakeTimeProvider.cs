namespace Gateway.Routing.Tests.Support;

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void SetUtcNow(DateTimeOffset when) => Interlocked.Exchange(ref _ticks, when.UtcTicks);
}
