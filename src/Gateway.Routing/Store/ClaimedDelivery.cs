namespace Gateway.Routing.Store;

/// <summary>A claimed delivery, ready to send: the lease, the delivery, its message and the decrypted payload.</summary>
public sealed record ClaimedDelivery(DeliveryLease Lease, Delivery Delivery, StoredMessage Message, byte[] Payload);
