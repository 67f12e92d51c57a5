using System.Collections.Concurrent;
using System.Diagnostics;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Retry;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Delivery;

/// <summary>What one sweep did.</summary>
public sealed record DispatchSummary(int Claimed, int Delivered, int Retrying, int DeadLettered, int Stale);
