using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.HubSimulator.Control;

/// <summary>The behaviour as the control API shows it.</summary>
public sealed record BehaviourView(HubReplyMode Mode, string Fo01Code, DateTimeOffset? OutageUntil, DateTimeOffset? FreezeUntil, int LatencyMs, long MaxEnvelopeBytes, bool DetectDuplicates);
