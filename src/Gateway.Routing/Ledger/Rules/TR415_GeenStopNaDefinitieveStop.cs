using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR415 (9415): once a start has an actual definitive stop (RedenBeeindiging other than 20), no other stop follows;
/// a correction deletes it first (StatusAanlevering 3). The same key again is TR074's business.
/// </summary>
internal sealed class TR415_GeenStopNaDefinitieveStop(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR415";

    public override string RetourCode => "9415";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = LedgerLines.AfterOwnDeletions(await LedgerLines.HistoryAsync(Ledger, check, cancellationToken), check.Bericht);
        return [.. LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen)
            .Where(s => history.ActualStopsOf(StartKey.Of(s.Line)).Any(a => !a.IsTemporary && a != StopKey.Of(s.Line)))
            .Select(s => Reject(s.Path))];
    }
}
