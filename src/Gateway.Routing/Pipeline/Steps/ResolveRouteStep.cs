using Gateway.Routing.Region;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Checks the parties against the routing table: the gemeentecode must belong to the region and (when configured)
/// the AGB code must be a known provider; a back office may only send for its own gemeente. A gemeentecode that ceased
/// in a municipal merger (<see cref="GemeenteMergers"/>) follows its successor: into a gemeente of the region, the
/// message goes to the successor's back office (<see cref="CheckedMessage.MergedInto"/>) and its answer keeps the
/// sender's code; outside the region, an inbound message is answered by TR378 with S300 (a retour, so the provider
/// learns it must address the successor, which the log names), and an outbound one is refused naming the successor.
/// </summary>
internal sealed partial class ResolveRouteStep(RoutingTable routes, GemeenteMergers mergers, ILogger<ResolveRouteStep> logger) : ICheckStep
{
    public string Name => "ResolveRoute";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        var bericht = message.RequireBericht();
        var gemeentecode = MessageFacts.GemeentecodeOf(bericht);
        var agb = MessageFacts.ProviderOf(bericht);
        string? problem;
        switch (mergers.RouteOf(gemeentecode))
        {
            case { InRegion: true } merger:
                message = message with { MergedInto = merger.Successor.Code };
                problem = routes.ProviderProblem(agb);
                break;
            case { } merger when message.Flow == Flow.Inbound:
                LogMergedOutside(logger, gemeentecode, merger.Successor.Code);
                problem = routes.ProviderProblem(agb);
                break;
            case { } merger:
                problem = merger.OutsideRegion;
                break;
            default:
                problem = routes.Problem(gemeentecode, agb);
                break;
        }

        if (problem is null && message.Flow == Flow.Outbound && message.SubmittedBy is { } submitter && submitter != gemeentecode && submitter != message.MergedInto)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message for gemeentecode {Gemeentecode}, which merged into {Successor} outside this region, is answered with S300 (TR378): the sender should address the successor")]
    private static partial void LogMergedOutside(ILogger logger, string gemeentecode, string successor);
}
