namespace Gateway.Host.Operators;

/// <summary>A message, with its payload (BSN masked) only when asked for.</summary>
internal sealed record MessageDetailsView(MessageSummaryView Message, IReadOnlyList<DeliveryView> Deliveries, string? Payload);
