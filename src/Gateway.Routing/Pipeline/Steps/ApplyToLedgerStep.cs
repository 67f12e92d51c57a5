using Gateway.Routing.Ledger;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Applies an accepted message to the ledger inside the store transaction that records it, so the ledger and the
/// outcome commit together or not at all. Rejected messages leave the ledger alone (refused ones never get here); a
/// 323 is applied when its verdict grants at least one prestatie, with every prestatie as the verdict judges it.
/// </summary>
internal sealed class ApplyToLedgerStep(ILedger ledger) : ICommitStep
{
    public string Name => "ApplyToLedger";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var applies = context.Verdict is { } verdict ? verdict.GrantsAny : context.Outcome is null or { IsAccepted: true };
        if (!applies)
        {
            return;
        }

        var entry = new LedgerEntry(context.RequireMessageId(), context.Flow, context.Bericht, context.Verdict) { Held = context.AnswerHold is not null, AnswersMessageId = context.CorrelatedTo?.Id };
        await ledger.ApplyAsync(entry, context.Transaction, cancellationToken);
    }
}
