namespace Gateway.Routing.Store;

/// <summary>All messages tied together by correlation or chain keys, with their events in time order.</summary>
public sealed record MessageChain(IReadOnlyList<StoredMessage> Messages, IReadOnlyList<MessageEvent> Events);
