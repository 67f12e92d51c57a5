namespace Gateway.Routing;

/// <summary>Marker for the routing assembly; the ledger, pipeline and routing table arrive with their issues.</summary>
public static class RoutingAssembly
{
    /// <summary>The assembly name, used in start-up logs.</summary>
    public static string Name => typeof(RoutingAssembly).Assembly.GetName().Name ?? "Gateway.Routing";
}
