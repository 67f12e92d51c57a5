namespace Gateway.Host.Operators;

/// <summary>Result of an operator action.</summary>
internal sealed record ActionResultView(string Action, long? DeliveryId, int Affected, string Result);
