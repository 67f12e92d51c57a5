namespace Gateway.Host.Jobs;

/// <summary>Remembers what the key rotation sweep last warned about, so a lasting problem is logged once, not every run.</summary>
internal sealed class KeyRotationReport
{
    private long _lastUnreadable;

    /// <summary>True when <paramref name="unreadable"/> differs from the count last warned about.</summary>
    public bool ShouldWarn(long unreadable) => Interlocked.Exchange(ref _lastUnreadable, unreadable) != unreadable;
}
