using Gateway.Routing.Configuration;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;

namespace Gateway.Routing.Retry;

/// <summary>
/// The durable retry schedule: a permanent failure is dead-lettered at once (zero retries); a transient one waits a
/// random time between zero and min(cap, base × 2^(attempt−1)) (full jitter, so a recovering partner is not hit by a
/// thundering herd) and is retried until the horizon, the last attempt falling on the horizon itself.
/// </summary>
public sealed class RetrySchedule
{
    private readonly RetryOptions _options;
    private readonly Func<double> _random;

    /// <summary>A schedule with the shared random source.</summary>
    public RetrySchedule(RetryOptions options)
        : this(options, Random.Shared.NextDouble)
    {
    }

    /// <summary>A schedule with the given source of numbers in [0, 1).</summary>
    public RetrySchedule(RetryOptions options, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        ValidatedOptions.Require(new RetryOptionsValidator(), options);
        _options = options;
        _random = random;
    }

    /// <summary>The upper bound of the wait after the given (1-based) failed attempt.</summary>
    public TimeSpan Ceiling(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponent = Math.Min(attempt - 1, 30);
        var ticks = _options.BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= _options.MaxDelay.Ticks ? _options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Decides after attempt number <paramref name="attempt"/> of a delivery created at <paramref name="createdAt"/> failed at <paramref name="now"/>.</summary>
    public RetryDecision Decide(DeliveryFailure failure, int attempt, DateTimeOffset createdAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Kind == DeliveryFailureKind.Permanent)
        {
            return new RetryDecision(null, $"Permanent failure on attempt {attempt}: {failure.Reason}");
        }

        var deadline = createdAt + _options.Horizon;
        if (now >= deadline)
        {
            return new RetryDecision(null, $"Retry horizon of {_options.Horizon} passed after {attempt} attempts; last failure: {failure.Reason}");
        }

        var wait = TimeSpan.FromTicks((long)(Ceiling(attempt).Ticks * _random()));
        var next = now + wait;
        return new RetryDecision(next < deadline ? next : deadline, null);
    }
}
