namespace Gateway.Routing.Declaraties;

/// <summary>The result of a decision; <see cref="Message"/> is one line for the caller, without a BSN.</summary>
public sealed record HeldAnswerDecision(HeldAnswerDecisionKind Kind, HeldAnswer? Answer, string Message);
