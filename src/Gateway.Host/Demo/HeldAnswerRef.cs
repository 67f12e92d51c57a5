namespace Gateway.Host.Demo;

/// <summary>A held 325 as the back office sees it in the list: its message id and that of the 323 it answers.</summary>
internal sealed record HeldAnswerRef(long MessageId, long DeclaratieMessageId);
