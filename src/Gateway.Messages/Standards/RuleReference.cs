using Gateway.Messages.Rules;

namespace Gateway.Messages.Standards;

/// <summary>A business rule (OPxxx) or filling-in instruction (IVxxx) of release 3.2 that the gateway cites.</summary>
public sealed record RuleReference(string Code, RuleText Meaning);
