using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR304 (8187): the toewijzingen a 317 names (OngewijzigdProduct, TeWijzigenProduct) belong to the client whose BSN
/// the 317 carries. A number known for another client marks the Client class.
/// </summary>
internal sealed class TR304_BsnHoortBijToewijzing(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR304";

    public override string RetourCode => "8187";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var parties = LedgerParties.Of(check.Bericht);
        var client = Ledger.ClientIdOf(check.Transaction, vow.Bericht.Client.Bsn);
        var numbers = vow.Ongewijzigd.Select(o => o.Line.ToewijzingNummer).Concat(vow.TeWijzigen.Select(t => t.Line.ToewijzingNummer)).Distinct();
        foreach (var nummer in numbers)
        {
            var versions = await Ledger.ToewijzingVersionsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, nummer, cancellationToken);
            if (versions.Any(v => v.ClientId != client))
            {
                return [Reject("/Bericht/Client")];
            }
        }

        return None;
    }
}
