namespace Gateway.Host.Operators;

/// <summary>A rule that rejected a message, with what it means in Dutch and English (as <c>gateway explain</c> says); null when unknown.</summary>
internal sealed record RuleCodeView(string Code, string? Nl, string? En);
