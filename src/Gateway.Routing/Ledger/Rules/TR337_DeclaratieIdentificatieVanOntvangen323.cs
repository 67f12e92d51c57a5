using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR337 (no retourcode): a 325's DeclaratieIdentificatie (Identificatie and Dagtekening) is the BerichtIdentificatie
/// of a 323 received from the provider it goes to. NL: de DeclaratieIdentificatie komt overeen met de
/// BerichtIdentificatie van een eerder ontvangen declaratiebericht. The standard gives no code (the provider cannot
/// relate the 325 and cannot answer it); the refusal names the rule and says what is wrong in <see cref="Meaning"/>, and records
/// 9366 (the 325 relates to no 323), the nearest code, on the header.
/// </summary>
internal sealed class TR337_DeclaratieIdentificatieVanOntvangen323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public override string Code => "TR337";

    public override RuleText Meaning { get; } = new(
        "De DeclaratieIdentificatie (Identificatie en Dagtekening) van de 325 is niet de BerichtIdentificatie van een 323 die van deze aanbieder is ontvangen.",
        "The 325's DeclaratieIdentificatie (Identificatie and Dagtekening) is not the BerichtIdentificatie of a 323 received from this provider.");

    public override RuleText Fix { get; } = new(
        "Neem Identificatie en Dagtekening over uit de 323 die u beantwoordt, en stuur de 325 aan de aanbieder die die 323 stuurde.",
        "Copy Identificatie and Dagtekening from the 323 you answer, and send the 325 to the provider that sent that 323.");

    public override string RetourCode => "9366";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered) =>
        answered.IsKnown ? None : [Reject(ClassPaths.Header)];
}
