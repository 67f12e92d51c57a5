using Gateway.Messages.Rules;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>A StUF 03.01 error code as the gateway or the hub uses it in an Fo01 or Fo03: what it means and what to do.</summary>
public sealed record StufFoutcode(string Code, RuleText Meaning, RuleText Fix);
