using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR366 (9366): every prestatie a 325 lists relates, by ProductReferentie (its ReferentieNummer, unique per provider),
/// to a prestatie of the 323 it answers. NL: iedere prestatie in het declaratieantwoord is op ProductReferentie
/// gerelateerd aan het declaratiebericht.
/// </summary>
internal sealed class TR366_ProductReferentieIn323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public override string Code => "TR366";

    public override string RetourCode => "9366";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered)
    {
        if (answered.Declaratie is null)
        {
            return None;
        }

        var declared = answered.PrestatiesByReferentie();
        return [.. AnsweredDeclaratie.Prestaties(antwoord).Where(p => !declared.ContainsKey(p.Prestatie.ProductReferentie.ReferentieNummer)).Select(p => Reject(p.Path))];
    }
}
