using Gateway.HubSimulator.Hub;

namespace Gateway.HubSimulator.Control;

/// <summary>A change of the hub's behaviour; absent fields stay as they are.</summary>
public sealed record BehaviourChange(
    HubReplyMode? Mode = null,
    string? Fo01Code = null,
    double? OutageSeconds = null,
    double? FreezeSeconds = null,
    int? LatencyMs = null,
    long? MaxEnvelopeBytes = null,
    bool? DetectDuplicates = null);
