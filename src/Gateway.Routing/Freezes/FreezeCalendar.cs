using Gateway.Routing.Configuration;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Freezes;

/// <summary>
/// When the hub is frozen: the configured windows, and a freeze learned from the hub's IB103 that lasts until a probe
/// is accepted or <see cref="FreezeOptions.LearnedMaximum"/> has passed. The dispatcher asks it once per sweep and
/// releases what it held once the freeze is over. What a restart must not forget (the learned freeze and the start of a
/// freeze whose held deliveries wait for release) is taken as a <see cref="StoredFreeze"/> and saved by the dispatcher.
/// </summary>
public sealed partial class FreezeCalendar
{
    private readonly FreezeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FreezeCalendar> _logger;
    private readonly Lock _lock = new();
    private HubFreeze? _learned;
    private DateTimeOffset? _heldSince;

    /// <summary>A calendar over the configured windows.</summary>
    public FreezeCalendar(FreezeOptions options, TimeProvider time, ILogger<FreezeCalendar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidatedOptions.Require(new FreezeOptionsValidator(), options);
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The freeze in force now, or null when deliveries to the hub flow.</summary>
    public HubFreeze? Current() => At(_time.GetUtcNow());

    /// <summary>The freeze in force at <paramref name="now"/>; remembers its start so what it held can be released later.</summary>
    internal HubFreeze? Observe(DateTimeOffset now)
    {
        lock (_lock)
        {
            var freeze = At(now);
            if (freeze is not null && (_heldSince is null || freeze.Since < _heldSince))
            {
                _heldSince = freeze.Since;
            }

            return freeze;
        }
    }

    /// <summary>The start of a freeze that is over but whose held deliveries were not released yet; null otherwise.</summary>
    internal DateTimeOffset? EndedFreezeSince(DateTimeOffset now)
    {
        lock (_lock)
        {
            return At(now) is null ? _heldSince : null;
        }
    }

    /// <summary>The deliveries held by the freeze that started at <paramref name="since"/> were released.</summary>
    internal void Released(DateTimeOffset since)
    {
        lock (_lock)
        {
            if (_heldSince == since)
            {
                _heldSince = null;
            }
        }
    }

    /// <summary>The hub answered IB103: a learned freeze starts now, unless one is already in force.</summary>
    internal void Learn(DateTimeOffset now, string answer)
    {
        lock (_lock)
        {
            if (_learned is not null && now < _learned.Until)
            {
                return;
            }

            _learned = new HubFreeze(FreezeSource.Learned, now, now + _options.LearnedMaximum, now + _options.ProbeInterval, answer);
            _heldSince = _heldSince is { } held && held < now ? held : now;
            LogLearned(_logger, now, _learned.Until, _options.ProbeInterval);
        }
    }

    /// <summary>True when a learned freeze is in force and its probe is due; the next probe is then planned.</summary>
    internal bool TakeProbe(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (At(now) is not { Source: FreezeSource.Learned, NextProbeAt: { } due } || now < due)
            {
                return false;
            }

            _learned = _learned! with { NextProbeAt = now + _options.ProbeInterval };
            return true;
        }
    }

    /// <summary>The hub accepted a delivery: a learned freeze is over.</summary>
    internal void HubAccepted(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_learned is { } learned)
            {
                _learned = null;
                LogEnded(_logger, learned.Since, now);
            }
        }
    }

    /// <summary>What a restart must know again: the learned freeze and the start of what is held.</summary>
    internal StoredFreeze Snapshot()
    {
        lock (_lock)
        {
            return new StoredFreeze(_learned, _heldSince);
        }
    }

    /// <summary>At start: takes back what a previous run saved (a learned freeze already over expires on the next look).</summary>
    internal void Restore(StoredFreeze stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        lock (_lock)
        {
            _learned = stored.Learned;
            _heldSince = stored.HeldSince;
            if (stored.Learned is { } learned)
            {
                LogRestored(_logger, learned.Since, learned.Until);
            }
        }
    }

    private HubFreeze? At(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_learned is { } learned && now >= learned.Until)
            {
                _learned = null;
                LogExpired(_logger, learned.Since, learned.Until);
            }

            // A configured window wins while it lasts: no probes are sent into an announced freeze.
            var window = _options.Windows.FirstOrDefault(w => w.Start <= now && now < w.End);
            return window is not null
                ? new HubFreeze(FreezeSource.Configured, window.Start!.Value, window.End!.Value, null, window.Name ?? "configured freeze window")
                : _learned;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, EventName = "HubFreezeLearned", Message = "The hub answered IB103 (freeze) at {Since:O}: deliveries to the hub are held until a probe is accepted (one every {ProbeInterval}) or until {Until:O}")]
    private static partial void LogLearned(ILogger logger, DateTimeOffset since, DateTimeOffset until, TimeSpan probeInterval);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "HubFreezeRestored", Message = "The hub freeze learned at {Since:O} is still in force after the restart: deliveries to the hub stay held until a probe is accepted or until {Until:O}")]
    private static partial void LogRestored(ILogger logger, DateTimeOffset since, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Information, EventName = "HubFreezeEnded", Message = "The hub freeze learned at {Since:O} ended at {EndedAt:O}: a probe was accepted")]
    private static partial void LogEnded(ILogger logger, DateTimeOffset since, DateTimeOffset endedAt);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "HubFreezeExpired", Message = "The hub freeze learned at {Since:O} reached its configured end {Until:O} without an accepted probe; deliveries to the hub are tried again")]
    private static partial void LogExpired(ILogger logger, DateTimeOffset since, DateTimeOffset until);
}
