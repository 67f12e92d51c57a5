using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// After ApplyToLedger: adds the prestaties the ledger recorded as approved for an inbound 323 to the usage of their
/// ceilings and signals thresholds, in the same transaction. A held 325 grants nothing yet (its prestaties are
/// submitted); the release or the back office's 325 grants them later.
/// </summary>
internal sealed class GrantCeilingsStep(CeilingGrants ceilings) : IPipelineStep
{
    public string Name => "GrantCeilings";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Flow != Flow.Inbound || context.Refusal is not null || context.Bericht is not Bericht323 || context.AnswerHold is not null)
        {
            return;
        }

        await ceilings.GrantDeclaratieAsync(context.RequireTransaction(), context.RequireMessageId(), cancellationToken);
    }
}
