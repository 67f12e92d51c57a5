using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Plans the deliveries to the back office of the message's gemeente (after a merger, its successor's:
/// <see cref="CheckedMessage.MergedInto"/>): an accepted heen-bericht together with the
/// answer we sent, or a provider's retour. Rejected messages stay with the gateway (refused ones never get here), except a 323 whose
/// 325 is held: the back office gets it with the held 325, because it decides on it.
/// </summary>
internal sealed class RouteToBackOfficeStep : ICommitStep
{
    public string Name => "RouteToBackOffice";

    public ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var bericht = context.Bericht;
        var isAnswer = MessageCatalog.Get(bericht.Code).AnswersCode is not null;
        if (!isAnswer && context.Outcome is { IsAccepted: false } && context.AnswerHold is null)
        {
            return ValueTask.CompletedTask;
        }

        var backOffice = DeliveryDestination.BackOffice(context.Message.MergedInto ?? MessageFacts.GemeentecodeOf(bericht));
        context.Deliveries.Add(new PlannedDelivery(context.RequireMessageId(), backOffice));
        if (context.AnswerMessageId is { } answerId)
        {
            context.Deliveries.Add(new PlannedDelivery(answerId, backOffice));
        }

        return ValueTask.CompletedTask;
    }
}
