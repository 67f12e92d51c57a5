namespace Gateway.Routing.Obligations;

/// <summary>An obligation as it stands today.</summary>
/// <param name="Obligation">The stored obligation.</param>
/// <param name="State">Where it stands today.</param>
/// <param name="WorkingDaysLeft">Working days from today to its due date (0 on the day, negative when overdue).</param>
public sealed record Deadline(Obligation Obligation, ObligationState State, int WorkingDaysLeft);
