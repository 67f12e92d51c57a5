namespace Gateway.Routing.Obligations;

/// <summary>The events an obligation writes on the message that opened it, each once.</summary>
public static class ObligationEventTypes
{
    /// <summary>An open obligation came within the approaching window of its due date.</summary>
    public const string ObligationApproaching = nameof(ObligationApproaching);

    /// <summary>An open obligation passed its due date.</summary>
    public const string ObligationOverdue = nameof(ObligationOverdue);
}
