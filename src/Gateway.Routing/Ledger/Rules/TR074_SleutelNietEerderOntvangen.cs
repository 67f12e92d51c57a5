using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR074 (9074): a line added with StatusAanlevering 1 has a key that is not already actual. A key deleted with
/// status 3 may be added again (IV008: delete, then re-add in a later message).
/// </summary>
internal sealed class TR074_SleutelNietEerderOntvangen(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR074";

    public override string RetourCode => "9074";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start, MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = await LedgerLines.HistoryAsync(Ledger, check, cancellationToken);
        var starts = LedgerLines.Starts(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen && history.IsActual(StartKey.Of(s.Line)))
            .Select(s => Reject(s.Path));
        var stops = LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen && history.IsActual(StopKey.Of(s.Line)))
            .Select(s => Reject(s.Path));
        return [.. starts, .. stops];
    }
}
