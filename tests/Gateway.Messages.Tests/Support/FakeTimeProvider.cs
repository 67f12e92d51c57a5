namespace Gateway.Messages.Tests.Support;

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void SetUtcNow(DateTimeOffset now) => _now = now;
}
