namespace Gateway.Routing.Pipeline;

/// <summary>Which way a message travels through the gateway.</summary>
public enum Flow
{
    /// <summary>From the hub (a provider's heen-bericht or retour), to be answered and routed.</summary>
    Inbound,

    /// <summary>From a back office (301, 319, or a 325 override), to be checked and sent to the hub.</summary>
    Outbound,
}
