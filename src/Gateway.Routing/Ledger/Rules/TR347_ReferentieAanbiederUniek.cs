using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR347 (9347): a provider uses each ReferentieAanbieder once per domain, over all its 315s and 317s. In a 315 each
/// AangevraagdProduct has its own; a 317 has one for the whole Verzoek.
/// </summary>
internal sealed class TR347_ReferentieAanbiederUniek(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR347";

    public override string RetourCode => "9347";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var references = ClassPaths.Of<AangevraagdProduct>(check.Bericht).Select(p => (p.Path, p.Record.ReferentieAanbieder))
            .Concat(ClassPaths.Of<Verzoek>(check.Bericht).Select(v => (v.Path, v.Record.ReferentieAanbieder)));
        var rejections = new List<ClassRejection>();
        foreach (var (path, referentie) in references)
        {
            if (await Ledger.VerzoekAsync(check.Transaction, parties.Standard, parties.Aanbieder, referentie, cancellationToken) is not null)
            {
                rejections.Add(Reject(path));
            }
        }

        return rejections;
    }
}
