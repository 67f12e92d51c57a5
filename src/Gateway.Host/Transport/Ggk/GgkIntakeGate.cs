using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// Counts the /ggk requests and envelope bytes being read and processed, and admits a new one only while both stay within
/// their bounds. It never waits: a request that does not fit is refused at once, so a flood costs no memory.
/// </summary>
internal sealed class GgkIntakeGate(IOptions<GgkEndpointOptions> options)
{
    private readonly Lock _lock = new();
    private readonly int _maxRequests = options.Value.MaxConcurrentRequests;
    private readonly long _maxBytes = options.Value.MaxBytesInFlight;
    private int _requests;
    private long _bytes;

    /// <summary>Requests admitted and not yet released.</summary>
    public int RequestsInFlight
    {
        get
        {
            lock (_lock)
            {
                return _requests;
            }
        }
    }

    /// <summary>Bytes reserved by admitted requests and not yet released.</summary>
    public long BytesInFlight
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>A lease on <paramref name="bytes"/> when both bounds allow it, else null. Dispose the lease to release it.</summary>
    public GgkIntakeLease? TryEnter(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        lock (_lock)
        {
            if (_requests >= _maxRequests || _bytes + bytes > _maxBytes)
            {
                return null;
            }

            _requests++;
            _bytes += bytes;
        }

        return new GgkIntakeLease(this, bytes);
    }

    internal void Leave(long bytes)
    {
        lock (_lock)
        {
            _requests--;
            _bytes -= bytes;
        }
    }
}
