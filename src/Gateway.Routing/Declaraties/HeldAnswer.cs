using Gateway.Messages.Standards;

namespace Gateway.Routing.Declaraties;

/// <summary>A 325 held for a back-office decision. Amounts in eurocents (credit negative); no BSN.</summary>
/// <param name="AnswerMessageId">The stored 325.</param>
/// <param name="DeclaratieMessageId">The 323 it answers.</param>
/// <param name="Ingediend">TotaalIngediendBedrag of the 323.</param>
/// <param name="Toegekend">TotaalToegekendBedrag of the held 325.</param>
/// <param name="Reasons">Why it is held, one line each.</param>
/// <param name="Ontvangen">The Dutch date the 323 was received.</param>
/// <param name="Deadline">The last day to send the 325: <see cref="Ontvangen"/> + the term in working days.</param>
public sealed record HeldAnswer(
    long AnswerMessageId,
    long DeclaratieMessageId,
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string DeclaratieNummer,
    long Ingediend,
    long Toegekend,
    IReadOnlyList<string> Reasons,
    DateOnly Ontvangen,
    DateOnly Deadline,
    HeldAnswerState State = HeldAnswerState.Held,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null);
