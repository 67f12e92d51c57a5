using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR385 (9385): a toewijzing on which declaration lines were approved cannot be deleted (RedenWijziging 13).
/// Approved means granted by the 325: a prestatie of a 323 whose 325 rejected it (or its client) does not count.
/// </summary>
internal sealed class TR385_GeenVerwijderingNaGoedgekeurdeDeclaratie(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR385";

    public override string RetourCode => "9385";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var rejected = new List<ClassRejection>();
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(check.Bericht))
        {
            if (product.RedenWijziging == LedgerToewijzing.Verwijderd
                && await Ledger.HasApprovedDeclarationsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, product.ToewijzingNummer, cancellationToken))
            {
                rejected.Add(Reject(path));
            }
        }

        return rejected;
    }
}
