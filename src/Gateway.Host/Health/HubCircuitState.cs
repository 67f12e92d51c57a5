using Polly.CircuitBreaker;

namespace Gateway.Host.Health;

/// <summary>The state of the circuit breaker in front of the hub, shared by the GGk client (which sets it) and metrics and health (which read it).</summary>
internal sealed class HubCircuitState
{
    /// <summary>Handed to the GGk client's circuit breaker.</summary>
    public CircuitBreakerStateProvider Provider { get; } = new();

    /// <summary>Closed until the client's breaker exists and opens.</summary>
    public CircuitState State => Provider.CircuitState;

    /// <summary>The state as a metric label and a health description: closed, open, half_open or isolated.</summary>
    public string Name => State switch
    {
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half_open",
        CircuitState.Isolated => "isolated",
        _ => "closed",
    };
}
