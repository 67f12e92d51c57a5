namespace Gateway.Routing.Store;

/// <summary>
/// A state change that holds only if the message is still in <see cref="From"/> when it is applied (compare-and-set),
/// so a late completion never undoes a newer state (e.g. a 301 answered while its delivery was being recorded).
/// </summary>
public sealed record StateTransition(MessageState From, MessageState To);
