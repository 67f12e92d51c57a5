namespace Gateway.Routing.Obligations;

/// <summary>Who owes an obligation.</summary>
public enum ObligationOwner
{
    /// <summary>The region (a gemeente of it): answers to what providers sent.</summary>
    Region,

    /// <summary>A provider (the AGB code): retours to what the region sent, starts and stops.</summary>
    Provider,
}
