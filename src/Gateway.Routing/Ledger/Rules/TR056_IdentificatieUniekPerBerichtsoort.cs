using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR056 (9056): a sender uses each Identificatie once per message type. A stored message with the same
/// (standard, code, sender, Identificatie) but other content rejects the header; an identical copy never gets here
/// (DetectDuplicateStep answers it as a duplicate). Rejected messages count too: a correction needs a new Identificatie.
/// The retours and 325s a back office sends are held to it too (their IdentificatieRetour or Identificatie, per
/// gemeente and message type, including the ones the gateway built for that gemeente); those travel outbound only.
/// </summary>
internal sealed class TR056_IdentificatieUniekPerBerichtsoort(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR056";

    public override string RetourCode => "9056";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } =
        [
            MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Antwoord, MessageCode.Declaratie,
            MessageCode.StartRetour, MessageCode.StopRetour, MessageCode.VerzoekOmToewijzingRetour, MessageCode.VerzoekOmWijzigingRetour, MessageCode.DeclaratieAntwoord,
        ];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        // The commit phase looked this key up already (DetectDuplicateStep) in the same transaction: no second query.
        var earlier = check.StoredUnderDedupKey is { } known
            ? known.Message
            : await check.Transaction.FindByDedupKeyAsync(MessageFacts.DedupKeyOf(check.Bericht), cancellationToken);
        return earlier is null ? None : [Reject(ClassPaths.Header)];
    }
}
