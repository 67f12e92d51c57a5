namespace Gateway.Host.Operators;

/// <summary>A message's timeline, and the timeline of its chain (the messages it is tied to).</summary>
internal sealed record TimelineView(long MessageId, IReadOnlyList<MessageSummaryView> Chain, IReadOnlyList<EventView> Events);
