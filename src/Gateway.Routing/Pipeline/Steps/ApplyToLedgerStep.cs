using Gateway.Routing.Ledger;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Applies an accepted message to the ledger inside the store transaction that records it, so the ledger and the
/// outcome commit together or not at all. Rejected and refused messages leave the ledger alone.
/// </summary>
internal sealed class ApplyToLedgerStep(ILedger ledger) : IPipelineStep
{
    public string Name => "ApplyToLedger";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Bericht is not { } bericht || context.Refusal is not null || context.Outcome is { IsAccepted: false })
        {
            return;
        }

        var entry = new LedgerEntry(context.RequireMessageId(), context.Flow, bericht);
        await ledger.ApplyAsync(entry, context.RequireTransaction(), cancellationToken);
    }
}
