namespace Gateway.Host.Operators;

/// <summary>One message in a toewijzing's life, its answers (retour, 325, Fo01) and the rules that rejected it, explained.</summary>
internal sealed record LifeEntryView(MessageSummaryView Message, IReadOnlyList<MessageSummaryView> Answers, IReadOnlyList<RuleCodeView> Rules);
