namespace Gateway.Routing.Store;

/// <summary>A dead-lettered delivery of a failure group with the message it carries.</summary>
public sealed record FailureMember(Delivery Delivery, StoredMessage Message);
