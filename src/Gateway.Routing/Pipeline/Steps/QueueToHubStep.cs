using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>Plans the delivery of a checked outbound message (301, 319, 325) to the hub; a refused one is never sent.</summary>
internal sealed class QueueToHubStep : IPipelineStep
{
    public string Name => "QueueToHub";

    public ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Refusal is null && context.Bericht is not null)
        {
            context.Deliveries.Add(new PlannedDelivery(context.RequireMessageId(), DeliveryDestination.Hub));
        }

        return ValueTask.CompletedTask;
    }
}
