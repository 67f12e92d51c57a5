namespace Gateway.Routing.Obligations;

/// <summary>Where an obligation stands on a given day.</summary>
public enum ObligationState
{
    /// <summary>Open, its due date further away than the approaching window.</summary>
    Open,

    /// <summary>Open, due within the approaching window (or today).</summary>
    Approaching,

    /// <summary>Open after its due date.</summary>
    Overdue,

    /// <summary>Fulfilled on or before its due date.</summary>
    Closed,

    /// <summary>Fulfilled after its due date (a late 305/307 is recorded so).</summary>
    Late,
}
