using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR376 (no retourcode): a 325's DeclaratieNummer is the DeclaratieNummer of the 323 it answers. NL: het
/// DeclaratieNummer komt overeen met dat van het declaratiebericht. The standard gives no code; the refusal names the
/// rule, says what is wrong in <see cref="Meaning"/> and records 9367 (a value differs from the 323), the nearest code, on
/// DeclaratieAntwoord.
/// </summary>
internal sealed class TR376_DeclaratieNummerVan323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public const string DeclaratieAntwoordPath = "/Bericht/DeclaratieAntwoord";

    public override string Code => "TR376";

    public override RuleText Meaning { get; } = new(
        "Het DeclaratieNummer van de 325 is niet dat van de 323 die hij beantwoordt.",
        "The 325's DeclaratieNummer is not the DeclaratieNummer of the 323 it answers.");

    public override RuleText Fix { get; } = new(
        "Neem het DeclaratieNummer van de 323 over in de 325.",
        "Copy the 323's DeclaratieNummer into the 325.");

    public override string RetourCode => "9367";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered) =>
        answered.Declaratie is { } declaratie && antwoord.DeclaratieAntwoord is { } body && body.DeclaratieNummer != declaratie.Declaratie.DeclaratieNummer
            ? [Reject(DeclaratieAntwoordPath)]
            : None;
}
