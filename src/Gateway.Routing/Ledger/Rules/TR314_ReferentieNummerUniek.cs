using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR314 (8021): a prestatie's ReferentieNummer is unique for the provider in the domain, within the message and over
/// every recorded 323 (granted or rejected prestaties alike: a number once used stays used). NL: het referentienummer
/// van een prestatie is uniek per aanbieder per domein, binnen en over berichten.
/// </summary>
internal sealed class TR314_ReferentieNummerUniek(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR314";

    public override string RetourCode => "8021";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rejections = new List<ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            var nummer = line.Prestatie.ProductReferentie.ReferentieNummer;
            var earlier = await Ledger.PrestatiesByReferentieAsync(check.Transaction, parties.Standard, parties.Aanbieder, nummer, cancellationToken);
            if (!seen.Add(nummer) || earlier.Any(p => p.ReferentieNummer == nummer))
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
