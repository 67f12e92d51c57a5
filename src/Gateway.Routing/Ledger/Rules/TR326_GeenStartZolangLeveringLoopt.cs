using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR326 (9326): no new start for a toewijzing (taakgericht: for a product) while an earlier start of it is actual:
/// not deleted and not yet followed by a stop (a temporary stop also ends it, so a restart may follow). A start with
/// the very same key is TR074's business.
/// </summary>
internal sealed class TR326_GeenStartZolangLeveringLoopt(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR326";

    public override string RetourCode => "9326";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = LedgerLines.AfterOwnDeletions(await LedgerLines.HistoryAsync(Ledger, check, cancellationToken), check.Bericht);
        var running = history.ActualStarts.Where(s => history.ActualStopsOf(s).Count == 0).ToList();
        return [.. LedgerLines.Starts(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen)
            .Where(s => running.Any(r => r != StartKey.Of(s.Line) && SameToegewezenProduct(r, StartKey.Of(s.Line))))
            .Select(s => Reject(s.Path))];
    }

    private static bool SameToegewezenProduct(StartKey a, StartKey b) =>
        a.ToewijzingNummer is { } n ? n == b.ToewijzingNummer : b.ToewijzingNummer is null && a.Product == b.Product;
}
