using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR379 (9379): a ToegewezenProduct carries a ReferentieAanbieder only when it honours a request (315 product or 317)
/// this provider sent for this client to this gemeente, and only the toewijzingen of that honouring carry it: a
/// reference already honoured by other toewijzing numbers is refused. After a municipal merger the successor honours a
/// request sent to the ceased code (<see cref="LedgerParties.SameAs"/>).
/// </summary>
internal sealed class TR379_ReferentieAanbiederAlleenBijHonorering(ILedgerReader ledger, IGemeenteMergers mergers) : LedgerRule(ledger)
{
    public override string Code => "TR379";

    public override string RetourCode => "9379";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var client = Ledger.ClientIdOf(check.Transaction, LedgerLines.BsnOf(check.Bericht));
        var rejected = new List<ClassRejection>();
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(check.Bericht))
        {
            if (product.ReferentieAanbieder is not { } referentie)
            {
                continue;
            }

            var verzoek = await Ledger.VerzoekAsync(check.Transaction, parties.Standard, parties.Aanbieder, referentie, cancellationToken);
            var honours = verzoek is not null && verzoek.Parties.SameAs(parties, mergers) && verzoek.ClientId == client
                && (!verzoek.IsHonoured || verzoek.HonouredBy.Contains(product.ToewijzingNummer));
            if (!honours)
            {
                rejected.Add(Reject(path));
            }
        }

        return rejected;
    }
}
