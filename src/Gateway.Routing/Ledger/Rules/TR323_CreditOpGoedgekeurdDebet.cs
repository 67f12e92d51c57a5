using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR323 (8017): a credit prestatie names, in VorigReferentieNummer, the ReferentieNummer of a debit prestatie of the
/// same provider in the domain that an earlier 325 granted. NL: een creditprestatie verwijst naar een eerder
/// goedgekeurde debetprestatie.
/// </summary>
internal sealed class TR323_CreditOpGoedgekeurdDebet(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR323";

    public override string RetourCode => "8017";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var rejections = new List<ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (line.Prestatie.IngediendBedrag.DebetCredit != LedgerPrestatie.Credit)
            {
                continue;
            }

            var debet = line.Prestatie.ProductReferentie.VorigReferentieNummer is { } vorig
                ? await Ledger.PrestatiesByReferentieAsync(check.Transaction, parties.Standard, parties.Aanbieder, vorig, cancellationToken)
                : [];
            if (!debet.Any(p => p.ReferentieNummer == line.Prestatie.ProductReferentie.VorigReferentieNummer && !p.IsCredit && p.IsApproved))
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
