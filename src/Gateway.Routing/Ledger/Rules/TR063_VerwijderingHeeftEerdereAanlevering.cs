using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR063 (9063): a line with StatusAanlevering 3 deletes an actual line with the same key sent earlier; there must be
/// one (not sent, or already deleted, means there is nothing to delete).
/// </summary>
internal sealed class TR063_VerwijderingHeeftEerdereAanlevering(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR063";

    public override string RetourCode => "9063";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start, MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = await LedgerLines.HistoryAsync(Ledger, check, cancellationToken);
        var starts = LedgerLines.Starts(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Verwijderen && !history.IsActual(StartKey.Of(s.Line)))
            .Select(s => Reject(s.Path));
        var stops = LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Verwijderen && !history.IsActual(StopKey.Of(s.Line)))
            .Select(s => Reject(s.Path));
        return [.. starts, .. stops];
    }
}
