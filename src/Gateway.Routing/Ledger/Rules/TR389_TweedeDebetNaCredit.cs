using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR389 (9389): a debit prestatie for a ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer that an
/// earlier 325 already granted a debit for is only allowed once that debit is credited: by a granted credit, or by a
/// credit in this same message. A rejected debit or credit did not happen. NL: een tweede debetprestatie voor dezelfde
/// periode, hetzelfde product en dezelfde toewijzing mag alleen na creditering van de eerste.
/// </summary>
internal sealed class TR389_TweedeDebetNaCredit(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR389";

    public override string RetourCode => "9389";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var lines = DeclaratieLines.Prestaties((Bericht323)check.Bericht);
        var creditedHere = lines
            .Where(l => l.Prestatie.IngediendBedrag.DebetCredit == LedgerPrestatie.Credit && l.Prestatie.ProductReferentie.VorigReferentieNummer is not null)
            .Select(l => l.Prestatie.ProductReferentie.VorigReferentieNummer!)
            .ToHashSet(StringComparer.Ordinal);
        var rejections = new List<ClassRejection>();
        foreach (var line in lines)
        {
            var prestatie = line.Prestatie;
            if (prestatie.IngediendBedrag.DebetCredit != LedgerPrestatie.Debet)
            {
                continue;
            }

            var earlier = await Ledger.PrestatiesOnToewijzingAsync(check.Transaction, parties.Standard, parties.Gemeentecode, prestatie.ToewijzingNummer, cancellationToken);
            foreach (var debet in earlier.Where(p => !p.IsCredit && p.IsApproved && p.Parties.Aanbieder == parties.Aanbieder && SameLine(p, prestatie)))
            {
                if (creditedHere.Contains(debet.ReferentieNummer))
                {
                    continue;
                }

                var credits = await Ledger.PrestatiesByReferentieAsync(check.Transaction, parties.Standard, parties.Aanbieder, debet.ReferentieNummer, cancellationToken);
                if (!credits.Any(c => c.IsCredit && c.IsApproved && c.VorigReferentieNummer == debet.ReferentieNummer))
                {
                    rejections.Add(Reject(line.Path));
                    break;
                }
            }
        }

        return rejections;
    }

    private static bool SameLine(LedgerPrestatie debet, Prestatie prestatie) =>
        debet.ToewijzingNummer == prestatie.ToewijzingNummer
        && debet.ProductPeriode == prestatie.ProductPeriode
        && debet.Product.Categorie == prestatie.ProductCategorie
        && debet.Product.Code == prestatie.ProductCode;
}
