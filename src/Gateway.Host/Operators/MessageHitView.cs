namespace Gateway.Host.Operators;

/// <summary>A search hit: the message as an operator sees it (no BSN), and whether a delivery of it is dead-lettered.</summary>
internal sealed record MessageHitView(MessageSummaryView Message, bool DeadLettered);
