using Gateway.Routing.Region;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Checks the parties against the routing table: the gemeentecode must belong to the region and (when configured)
/// the AGB code must be a known provider; a back office may only send for its own gemeente.
/// </summary>
internal sealed class ResolveRouteStep(RoutingTable routes) : IPipelineStep
{
    public string Name => "ResolveRoute";

    public ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Bericht is not { } bericht || context.Refusal is not null)
        {
            return ValueTask.CompletedTask;
        }

        var gemeentecode = MessageFacts.GemeentecodeOf(bericht);
        var problem = routes.Problem(gemeentecode, MessageFacts.ProviderOf(bericht));
        if (problem is null && context.Flow == Flow.Outbound && context.SubmittedBy is { } submitter && submitter != gemeentecode)
        {
            problem = $"The back office of gemeente {submitter} may not send a message on behalf of gemeente {gemeentecode}.";
        }

        if (problem is not null)
        {
            context.Refusal = new TransportRefusal(TransportRefusal.StUF055, problem, context.Envelope?.Referentienummer);
            context.RefusalIssues.Add(new Messages.Validation.ValidationIssue(2, "ROUTE", null, Messages.Model.ClassPaths.Header, null, null, problem));
        }

        return ValueTask.CompletedTask;
    }
}
