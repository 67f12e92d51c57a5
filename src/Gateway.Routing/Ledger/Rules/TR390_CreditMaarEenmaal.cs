using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR390 (9390): a debit prestatie is credited at most once: no granted credit, nor another credit in the same
/// message, names the same VorigReferentieNummer. A credit the 325 rejected did not happen. NL: een prestatie wordt
/// maar één keer gecrediteerd.
/// </summary>
internal sealed class TR390_CreditMaarEenmaal(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR390";

    public override string RetourCode => "9390";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var credited = new HashSet<string>(StringComparer.Ordinal);
        var rejections = new List<ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (line.Prestatie.IngediendBedrag.DebetCredit != LedgerPrestatie.Credit || line.Prestatie.ProductReferentie.VorigReferentieNummer is not { } vorig)
            {
                continue;
            }

            var earlier = await Ledger.PrestatiesByReferentieAsync(check.Transaction, parties.Standard, parties.Aanbieder, vorig, cancellationToken);
            if (!credited.Add(vorig) || earlier.Any(p => p.IsCredit && p.IsApproved && p.VorigReferentieNummer == vorig))
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
