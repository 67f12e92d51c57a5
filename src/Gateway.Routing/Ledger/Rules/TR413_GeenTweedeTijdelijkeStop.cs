using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR413 (9413): a start has at most one actual temporary stop (RedenBeeindiging 20).</summary>
internal sealed class TR413_GeenTweedeTijdelijkeStop(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR413";

    public override string RetourCode => "9413";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = LedgerLines.AfterOwnDeletions(await LedgerLines.HistoryAsync(Ledger, check, cancellationToken), check.Bericht);
        return [.. LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen && StopKey.Of(s.Line).IsTemporary)
            .Where(s => history.ActualStopsOf(StartKey.Of(s.Line)).Any(a => a.IsTemporary && a != StopKey.Of(s.Line)))
            .Select(s => Reject(s.Path))];
    }
}
