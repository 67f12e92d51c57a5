using Gateway.Routing.Ledger;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Applies an accepted message to the ledger inside the store transaction that records it, so the ledger and the
/// outcome commit together or not at all. Rejected and refused messages leave the ledger alone, except a 323 whose
/// 325 still grants part of it.
/// </summary>
internal sealed class ApplyToLedgerStep(ILedger ledger) : IPipelineStep
{
    public string Name => "ApplyToLedger";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Bericht is not { } bericht || context.Refusal is not null
            || (context.Outcome is { IsAccepted: false } && !LedgerEntry.GrantsPartOf(bericht, context.Outcome)))
        {
            return;
        }

        // A 323 rejected only on some clients/prestaties is still answered with a 325 that grants the rest (0200 on
        // DeclaratieAntwoord, the accepted prestaties totalled): the ledger records it, the rejected lines as such.
        var entry = new LedgerEntry(context.RequireMessageId(), context.Flow, bericht, context.Outcome) { Held = context.AnswerHold is not null, AnswersMessageId = context.CorrelatedTo?.Id };
        await ledger.ApplyAsync(entry, context.RequireTransaction(), cancellationToken);
    }
}
