namespace Gateway.Routing.Declaraties;

/// <summary>
/// What the gateway does with the 325 it builds for a 323, next to the ceilings: a 325 whose grant takes a ceiling with
/// beleid "hold" over 100 % is always held (the region chose that per ceiling in the contract register).
/// </summary>
public enum AntwoordBeleid
{
    /// <summary>Send every 325 at once (the default), except those a ceiling with beleid "hold" stops.</summary>
    Direct = 0,

    /// <summary>Also hold a 325 that rejects clients or prestaties, for a back-office decision.</summary>
    HoldRejectedLines = 1,
}
