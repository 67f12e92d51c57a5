using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>Plans the delivery of a checked outbound message (301, 319, 325) to the hub; a refused one takes the refusal route and is never sent.</summary>
internal sealed class QueueToHubStep : ICommitStep
{
    public string Name => "QueueToHub";

    public ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        context.Deliveries.Add(new PlannedDelivery(context.RequireMessageId(), DeliveryDestination.Hub));
        return ValueTask.CompletedTask;
    }
}
