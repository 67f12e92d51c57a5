using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
