using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR374 (9374): a provider sends no new request (315/317) for a client while an earlier one for that client is still
/// in behandeling: neither honoured by a 301 with its ReferentieAanbieder nor rejected by a 319 (VerzoekAntwoord 1).
/// Marked on the 315's Client and on the 317's Verzoek.
/// </summary>
internal sealed class TR374_GeenVerzoekTijdensLopendVerzoek(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR374";

    public override string RetourCode => "9374";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var client = Ledger.ClientIdOf(check.Transaction, LedgerLines.BsnOf(check.Bericht));
        var verzoeken = await Ledger.VerzoekenOfClientAsync(check.Transaction, LedgerParties.Of(check.Bericht), client, cancellationToken);
        if (!verzoeken.Any(v => v.IsPending))
        {
            return None;
        }

        return [Reject(check.Bericht is Bericht317 ? "/Bericht/Client/Verzoek" : "/Bericht/Client")];
    }
}
