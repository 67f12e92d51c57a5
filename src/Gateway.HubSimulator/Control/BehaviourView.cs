using Gateway.HubSimulator.Hub;

namespace Gateway.HubSimulator.Control;

/// <summary>The behaviour as the control API shows it.</summary>
public sealed record BehaviourView(HubReplyMode Mode, string Fo01Code, DateTimeOffset? OutageUntil, DateTimeOffset? FreezeUntil, int LatencyMs, long MaxEnvelopeBytes, bool DetectDuplicates);
