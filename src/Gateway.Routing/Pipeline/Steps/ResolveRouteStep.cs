using Gateway.Routing.Region;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Checks the parties against the routing table: the gemeentecode must belong to the region and (when configured)
/// the AGB code must be a known provider; a back office may only send for its own gemeente.
/// </summary>
internal sealed class ResolveRouteStep(RoutingTable routes) : ICheckStep
{
    public string Name => "ResolveRoute";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        var bericht = message.RequireBericht();
        var gemeentecode = MessageFacts.GemeentecodeOf(bericht);
        var problem = routes.Problem(gemeentecode, MessageFacts.ProviderOf(bericht));
        if (problem is null && message.Flow == Flow.Outbound && message.SubmittedBy is { } submitter && submitter != gemeentecode)
        {
            problem = $"The back office of gemeente {submitter} may not send a message on behalf of gemeente {gemeentecode}.";
        }

        if (problem is not null)
        {
            message = message.Refused(
                new TransportRefusal(TransportRefusal.StUF055, problem, message.Envelope?.Referentienummer),
                [new Messages.Validation.ValidationIssue(2, "ROUTE", null, Messages.Model.ClassPaths.Header, null, null, problem)]);
        }

        return ValueTask.FromResult(message);
    }
}
