using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR367 (9367): every value of a prestatie a 325 lists (VorigReferentieNummer, ToewijzingNummer, product, periods,
/// volume, unit, tariff, amount) equals the prestatie of the 323 with the same ReferentieNummer; only its RetourCodes
/// are the 325's own. NL: de waarde komt overeen met die uit het declaratiebericht, gerelateerd op ProductReferentie.
/// A prestatie the 323 does not have is TR366's.
/// </summary>
internal sealed class TR367_PrestatieGelijkAan323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public override string Code => "TR367";

    public override string RetourCode => "9367";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered)
    {
        var declared = answered.PrestatiesByReferentie();
        return
        [
            .. AnsweredDeclaratie.Prestaties(antwoord)
                .Where(p => declared.TryGetValue(p.Prestatie.ProductReferentie.ReferentieNummer, out var original)
                    && p.Prestatie with { RetourCodes = original.Prestatie.RetourCodes } != original.Prestatie)
                .Select(p => Reject(p.Path)),
        ];
    }
}
