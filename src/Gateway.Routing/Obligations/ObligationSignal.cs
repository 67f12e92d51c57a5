namespace Gateway.Routing.Obligations;

/// <summary>The signals an open obligation gives, each once.</summary>
public enum ObligationSignal
{
    /// <summary>Its due date is within the approaching window.</summary>
    Approaching,

    /// <summary>Its due date has passed.</summary>
    Overdue,
}
