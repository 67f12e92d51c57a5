namespace Gateway.Routing.Declaraties;

/// <summary>Where a held 325 stands.</summary>
public enum HeldAnswerState
{
    /// <summary>Built and stored, not queued; waiting for a back-office decision.</summary>
    Held,

    /// <summary>Queued as built after a decision.</summary>
    Released,

    /// <summary>Dropped: the back office's own 325 for the 323 was sent instead.</summary>
    Replaced,
}
