using Gateway.Host.Operators;
using Gateway.Routing.Freezes;
using Gateway.Routing.Store;

namespace Gateway.Host.Console;

/// <summary>The overview's figures (no client in them).</summary>
internal sealed record OverviewView(
    IReadOnlyList<QueueDepth> Queue,
    TimeSpan? OldestPending,
    int DeadLetters,
    string HubCircuit,
    HubFreeze? Freeze,
    int Held,
    IReadOnlyList<HeldAnswerView> HeldNearDeadline);
