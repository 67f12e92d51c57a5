using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// The outbound 319 rules: each looks at the request its ReferentieAanbieder names and marks the Antwoord. The request
/// is this gemeente's when its parties are the same through the merger map, so the successor answers a 315 that was
/// sent to a ceased code.
/// </summary>
internal abstract class AntwoordRule(ILedgerReader ledger, IGemeenteMergers mergers) : LedgerRule(ledger)
{
    public const string AntwoordPath = "/Bericht/Antwoord";

    public sealed override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Antwoord];

    public sealed override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var antwoord = ((Bericht319)check.Bericht).Antwoord;
        var parties = LedgerParties.Of(check.Bericht);
        var verzoek = await Ledger.VerzoekAsync(check.Transaction, parties.Standard, parties.Aanbieder, antwoord.ReferentieAanbieder, cancellationToken);
        if (verzoek is not null && !verzoek.Parties.SameAs(parties, mergers))
        {
            verzoek = null;
        }

        return Rejects(antwoord, verzoek) ? [Reject(AntwoordPath)] : None;
    }

    /// <summary>True when the answer breaks the rule, given the request (null when this gemeente never got it).</summary>
    protected abstract bool Rejects(Antwoord antwoord, LedgerVerzoek? verzoek);
}
