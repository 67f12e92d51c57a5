namespace Gateway.Routing.Contracts;

/// <summary>How the region reacts when a ceiling is exceeded.</summary>
public enum CeilingPolicy
{
    /// <summary>Signal the operator; the 325 goes out as usual.</summary>
    Warn,

    /// <summary>Signal the operator and hold the 325 for a back-office decision.</summary>
    Hold,
}
