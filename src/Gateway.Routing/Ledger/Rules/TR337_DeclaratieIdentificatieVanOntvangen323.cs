using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR337 (no retourcode): a 325's DeclaratieIdentificatie (Identificatie and Dagtekening) is the BerichtIdentificatie
/// of a 323 received from the provider it goes to. NL: de DeclaratieIdentificatie komt overeen met de
/// BerichtIdentificatie van een eerder ontvangen declaratiebericht. The standard gives no code (the provider cannot
/// relate the 325 and cannot answer it); the refusal names the rule and the element in <see cref="Code"/> and records
/// 9366 (the 325 relates to no 323), the nearest code, on the header.
/// </summary>
internal sealed class TR337_DeclaratieIdentificatieVanOntvangen323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public override string Code => "TR337 DeclaratieIdentificatie (Identificatie + Dagtekening) is niet die van een ontvangen 323 van deze aanbieder";

    public override string RetourCode => "9366";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered) =>
        answered.IsKnown ? None : [Reject(ClassPaths.Header)];
}
