namespace Gateway.HubSimulator.Hub;

/// <summary>
/// The switchable behaviour of the simulated GGk. Thread-safe: tests and the control API change it while
/// requests are served. Outage and freeze are windows that end by themselves.
/// </summary>
public sealed class HubBehaviour
{
    private readonly Lock _lock = new();
    private HubReplyMode _mode = HubReplyMode.Bv03;
    private string _fo01Code = "IB002";
    private DateTimeOffset? _outageUntil;
    private DateTimeOffset? _freezeUntil;
    private TimeSpan _latency;
    private long _maxEnvelopeBytes;
    private bool _detectDuplicates = true;

    internal HubBehaviour(long maxEnvelopeBytes)
    {
        _maxEnvelopeBytes = maxEnvelopeBytes;
    }

    /// <summary>How the hub answers the next envelope.</summary>
    public HubReplyMode Mode { get => Get(() => _mode); set => Set(() => _mode = value); }

    /// <summary>The code of the Fo01 answered in <see cref="HubReplyMode.Fo01"/>.</summary>
    public string Fo01Code { get => Get(() => _fo01Code); set => Set(() => _fo01Code = value); }

    /// <summary>HTTP 503 for every request until this moment.</summary>
    public DateTimeOffset? OutageUntil { get => Get(() => _outageUntil); set => Set(() => _outageUntil = value); }

    /// <summary>Fo01 IB103 (freeze) for every envelope until this moment.</summary>
    public DateTimeOffset? FreezeUntil { get => Get(() => _freezeUntil); set => Set(() => _freezeUntil = value); }

    /// <summary>Delay before every answer.</summary>
    public TimeSpan Latency { get => Get(() => _latency); set => Set(() => _latency = value); }

    /// <summary>Envelopes above this size get IB003.</summary>
    public long MaxEnvelopeBytes { get => Get(() => _maxEnvelopeBytes); set => Set(() => _maxEnvelopeBytes = value); }

    /// <summary>A second envelope with a known zender + referentienummer gets IB216.</summary>
    public bool DetectDuplicates { get => Get(() => _detectDuplicates); set => Set(() => _detectDuplicates = value); }

    /// <summary>Back to answering Bv03 at once.</summary>
    public void Reset(long maxEnvelopeBytes)
    {
        lock (_lock)
        {
            _mode = HubReplyMode.Bv03;
            _fo01Code = "IB002";
            _outageUntil = null;
            _freezeUntil = null;
            _latency = TimeSpan.Zero;
            _maxEnvelopeBytes = maxEnvelopeBytes;
            _detectDuplicates = true;
        }
    }

    private T Get<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }

    private void Set(Action write)
    {
        lock (_lock)
        {
            write();
        }
    }
}
