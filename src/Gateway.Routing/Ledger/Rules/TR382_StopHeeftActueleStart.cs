using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR382 (9069): a stop (StatusAanlevering 1) copies the key fields of an actual start unchanged: ToewijzingNummer,
/// Product and Begindatum must match a start that was added and not deleted.
/// </summary>
internal sealed class TR382_StopHeeftActueleStart(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR382";

    public override string RetourCode => "9069";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = await LedgerLines.HistoryAsync(Ledger, check, cancellationToken);
        return [.. LedgerLines.Stops(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Toevoegen && !history.IsActual(StartKey.Of(s.Line)))
            .Select(s => Reject(s.Path))];
    }
}
