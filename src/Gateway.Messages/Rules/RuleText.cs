namespace Gateway.Messages.Rules;

/// <summary>Text in the two languages the gateway explains itself in.</summary>
public sealed record RuleText(string Nl, string En);
