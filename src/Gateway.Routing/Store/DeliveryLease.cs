namespace Gateway.Routing.Store;

/// <summary>The fence of one claimed attempt: completions must present exactly this.</summary>
public sealed record DeliveryLease(long DeliveryId, string Owner, int Attempt, DateTimeOffset LeaseUntil);
