using Gateway.Routing.Obligations;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Opens and closes the response-time obligations of the message (<see cref="ObligationTable"/>) in the transaction that
/// records it, after its answer is queued or held: what the region owes for what it received, what providers owe for
/// what it sent, and a provider's late 305/307 recorded (never refused: the standard does not reject it).
/// </summary>
internal sealed class TrackObligationsStep(ObligationTable table) : ICommitStep
{
    public string Name => "TrackObligations";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.Flow == Flow.Inbound)
        {
            await table.InboundAsync(context, cancellationToken);
        }
        else
        {
            await table.OutboundAsync(context, cancellationToken);
        }
    }
}
