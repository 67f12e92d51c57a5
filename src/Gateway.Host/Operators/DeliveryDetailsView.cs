namespace Gateway.Host.Operators;

/// <summary>A delivery with its message and attempt history.</summary>
internal sealed record DeliveryDetailsView(DeliveryView Delivery, MessageSummaryView Message, IReadOnlyList<AttemptView> Attempts);
