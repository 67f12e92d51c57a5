using Gateway.Messages.Answers;
using Gateway.Messages.Validation;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// The answer a heen-bericht gets when the ledger adds nothing (levels 1 and 2 only), built in the check phase from
/// <see cref="Validation"/>: BuildAnswerStep takes it as it is unless the level-3/4 rules found something.
/// </summary>
/// <param name="Validation">The result it was built from; a draft of another result is not used.</param>
/// <param name="Decision">What <see cref="AnswerFactory.Decide"/> decided.</param>
/// <param name="Payload">The answer's bytes; null when nothing is answered.</param>
/// <param name="Row">The answer's row as read from its model (<see cref="MessageFacts.ToNewMessage"/>); null when nothing is answered.</param>
public sealed record AnswerDraft(MessageValidationResult Validation, AnswerDecision Decision, byte[]? Payload, NewMessage? Row);
