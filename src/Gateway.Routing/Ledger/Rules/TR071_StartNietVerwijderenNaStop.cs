using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR071 (9071): a start cannot be deleted (StatusAanlevering 3) while an actual stop of it exists.</summary>
internal sealed class TR071_StartNietVerwijderenNaStop(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR071";

    public override string RetourCode => "9071";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var history = await LedgerLines.HistoryAsync(Ledger, check, cancellationToken);
        return [.. LedgerLines.Starts(check.Bericht)
            .Where(s => s.Line.StatusAanlevering == StatusAanlevering.Verwijderen && history.ActualStopsOf(StartKey.Of(s.Line)).Count > 0)
            .Select(s => Reject(s.Path))];
    }
}
