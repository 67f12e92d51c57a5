namespace Gateway.Routing.Store;

/// <summary>A delivery with its attempt history.</summary>
public sealed record DeliveryDetails(Delivery Delivery, IReadOnlyList<DeliveryAttempt> Attempts);
