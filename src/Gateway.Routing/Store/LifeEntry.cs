namespace Gateway.Routing.Store;

/// <summary>
/// One message in a toewijzing's life: the message, the answers that correlate to it (retour, 325, Fo01), and the rule
/// codes of its <see cref="MessageEventTypes.RuleRejected"/> events (e.g. "TR321", "CD075"), in the order recorded.
/// </summary>
public sealed record LifeEntry(StoredMessage Message, IReadOnlyList<StoredMessage> Answers, IReadOnlyList<string> RuleCodes);
