using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// After ApplyToLedger: adds the prestaties the verdict on an inbound 323 grants to the usage of their ceilings and
/// signals thresholds, in the same transaction. A held 325 grants nothing yet (its prestaties are submitted); the
/// release or the back office's 325 grants them later. The last step of the commit phase: a grant takes its
/// ceiling-year's lock (PostgreSQL), held until the commit, and every 323 on that ceiling waits for it, in every instance.
/// </summary>
internal sealed class GrantCeilingsStep(CeilingGrants ceilings) : ICommitStep
{
    public string Name => "GrantCeilings";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.Verdict is not { } verdict || context.AnswerHold is not null)
        {
            return;
        }

        await ceilings.GrantAsync(context.Transaction, context.RequireMessageId(), verdict, cancellationToken);
    }
}
