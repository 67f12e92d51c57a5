using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR376 (no retourcode): a 325's DeclaratieNummer is the DeclaratieNummer of the 323 it answers. NL: het
/// DeclaratieNummer komt overeen met dat van het declaratiebericht. The standard gives no code; the refusal names the
/// rule and the element in <see cref="Code"/> and records 9367 (a value differs from the 323), the nearest code, on
/// DeclaratieAntwoord.
/// </summary>
internal sealed class TR376_DeclaratieNummerVan323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public const string DeclaratieAntwoordPath = "/Bericht/DeclaratieAntwoord";

    public override string Code => "TR376 DeclaratieNummer is niet dat van de 323";

    public override string RetourCode => "9367";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered) =>
        answered.Declaratie is { } declaratie && antwoord.DeclaratieAntwoord is { } body && body.DeclaratieNummer != declaratie.Declaratie.DeclaratieNummer
            ? [Reject(DeclaratieAntwoordPath)]
            : None;
}
