namespace Gateway.Host.Operators;

/// <summary>A held 325 for the list (no BSN); amounts in eurocents, credit negative.</summary>
internal sealed record HeldAnswerView(
    long MessageId,
    long DeclaratieMessageId,
    string Standaard,
    string Aanbieder,
    string Gemeente,
    string DeclaratieNummer,
    long Ingediend,
    long Toegekend,
    IReadOnlyList<string> Reasons,
    DateOnly Ontvangen,
    DateOnly Deadline,
    int WorkingDaysLeft);
