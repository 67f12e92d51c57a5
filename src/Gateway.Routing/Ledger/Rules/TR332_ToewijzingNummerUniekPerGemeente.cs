using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR332 (9332): a gemeente gives each ToewijzingNummer once per domain. Re-sending a number (a new version, an
/// extension per OP380) is fine for the same client and provider; a number sent earlier for another client or
/// provider is rejected. Checked before an outbound 301 leaves, as the receiving provider would.
/// </summary>
internal sealed class TR332_ToewijzingNummerUniekPerGemeente(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR332";

    public override string RetourCode => "9332";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var client = Ledger.ClientIdOf(check.Transaction, LedgerLines.BsnOf(check.Bericht));
        var rejected = new List<ClassRejection>();
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(check.Bericht))
        {
            var versions = await Ledger.ToewijzingVersionsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, product.ToewijzingNummer, cancellationToken);
            if (versions.Any(v => v.ClientId != client || v.Parties != parties))
            {
                rejected.Add(Reject(path));
            }
        }

        return rejected;
    }
}
