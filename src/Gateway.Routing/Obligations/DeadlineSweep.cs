namespace Gateway.Routing.Obligations;

/// <summary>What one sweep signalled.</summary>
/// <param name="Approaching">Obligations that signalled approaching now.</param>
/// <param name="Overdue">Obligations that signalled overdue now.</param>
public sealed record DeadlineSweep(int Approaching, int Overdue);
