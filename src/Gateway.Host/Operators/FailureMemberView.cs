namespace Gateway.Host.Operators;

/// <summary>A dead letter of a failure group with its message (no BSN).</summary>
internal sealed record FailureMemberView(DeliveryView Delivery, MessageSummaryView Message);
