using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR414 (9414): a new stop's Einddatum is not earlier than the Einddatum of an actual stop of the same start.</summary>
internal sealed class TR414_EinddatumNietVoorActueleStop(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR414";

    public override string RetourCode => "9414";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = LedgerLines.AfterOwnDeletions(await LedgerLines.HistoryAsync(Ledger, check, cancellationToken), check.Bericht);
        return [.. LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen)
            .Where(s => history.ActualStopsOf(StartKey.Of(s.Line)).Any(a => a.Einddatum > s.Line.Einddatum))
            .Select(s => Reject(s.Path))];
    }
}
