using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Reference;

/// <summary>
/// Data loaded from files and reloaded without a restart: on use, at most once per check interval, the files' sizes
/// and write times are compared with those of the last load; when they changed the data is loaded again and swapped
/// in atomically. A file that fails to load keeps the previous good data, logs an error and shows in
/// <see cref="Status"/>. The first load must succeed (the host refuses to start otherwise).
/// </summary>
/// <typeparam name="T">The immutable snapshot.</typeparam>
public sealed class ReloadingSource<T>
    where T : class
{
    private readonly Func<IReadOnlyList<string>> _files;
    private readonly Func<T> _load;
    private readonly TimeProvider _time;
    private readonly TimeSpan _checkInterval;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private volatile State _state;
    private long _lastCheckTicks;

    /// <summary>Loads the data for the first time; throws <see cref="ConfigurationFileException"/> when that fails.</summary>
    /// <param name="name">What it is, for operators.</param>
    /// <param name="files">The files the data comes from (enumerated again on each check, so added files are seen).</param>
    /// <param name="load">Builds a snapshot from the files; throws <see cref="ConfigurationFileException"/> on bad content.</param>
    /// <param name="time">The clock for the check interval and the status.</param>
    /// <param name="checkInterval">How often the files' timestamps are looked at; zero checks on every use.</param>
    /// <param name="logger">Where reloads and failures are reported.</param>
    public ReloadingSource(string name, Func<IReadOnlyList<string>> files, Func<T> load, TimeProvider time, TimeSpan checkInterval, ILogger logger)
    {
        _files = files;
        _load = load;
        _time = time;
        _checkInterval = checkInterval;
        _logger = logger;
        Name = name;
        var fingerprint = Fingerprint();
        _state = new State(load(), fingerprint, new ReloadStatus(name, time.GetUtcNow(), 1, null, null));
        _lastCheckTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>What it is.</summary>
    public string Name { get; }

    /// <summary>The data in use, reloaded first when the files changed.</summary>
    public T Current
    {
        get
        {
            CheckForChanges();
            return _state.Value;
        }
    }

    /// <summary>Load time, generation and the last reload error.</summary>
    public ReloadStatus Status => _state.Status;

    /// <summary>Looks at the files now, regardless of the interval; true when new data was loaded.</summary>
    public bool Refresh()
    {
        lock (_gate)
        {
            Interlocked.Exchange(ref _lastCheckTicks, _time.GetUtcNow().UtcTicks);
            var state = _state;
            var fingerprint = Fingerprint();
            if (fingerprint == state.Fingerprint)
            {
                return false;
            }

            try
            {
                var value = _load();
                _state = new State(value, fingerprint, new ReloadStatus(Name, _time.GetUtcNow(), state.Status.Generation + 1, null, null));
                _logger.LogInformation("Reloaded {Source}: generation {Generation}", Name, state.Status.Generation + 1);
                return true;
            }
            catch (ConfigurationFileException e)
            {
                // Remember the bad fingerprint so the same broken file is reported once, not on every use.
                _state = state with { Fingerprint = fingerprint, Status = state.Status with { LastError = e, LastErrorAt = _time.GetUtcNow() } };
                _logger.LogError(e, "Reloading {Source} failed; the previous version (generation {Generation}) stays in use: {Problems}", Name, state.Status.Generation, e.Message);
                return false;
            }
        }
    }

    private void CheckForChanges()
    {
        if (_checkInterval > TimeSpan.Zero && _time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastCheckTicks) < _checkInterval.Ticks)
        {
            return;
        }

        Refresh();
    }

    private string Fingerprint()
    {
        var parts = new List<string>();
        foreach (var file in _files().Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            parts.Add(info.Exists ? $"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : $"{file}|missing");
        }

        return string.Join("\n", parts);
    }

    private sealed record State(T Value, string Fingerprint, ReloadStatus Status);
}
