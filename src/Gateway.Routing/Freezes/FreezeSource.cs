namespace Gateway.Routing.Freezes;

/// <summary>How the gateway knows of a freeze.</summary>
public enum FreezeSource
{
    /// <summary>A window in the configuration.</summary>
    Configured,

    /// <summary>The hub answered IB103.</summary>
    Learned,
}
