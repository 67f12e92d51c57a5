using Gateway.Routing.Pipeline.Steps;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// An ordered pipeline in two phases: checks that need no store (run first, outside any transaction), then the
/// commit phase, run inside ONE store transaction that records message, outcome, events, answer and deliveries.
/// </summary>
public sealed class PipelineDefinition
{
    internal PipelineDefinition(string name, IReadOnlyList<IPipelineStep> checks, IReadOnlyList<IPipelineStep> commit)
    {
        Name = name;
        Checks = checks;
        Commit = commit;
    }

    /// <summary>"inbound" or "outbound".</summary>
    public string Name { get; }

    /// <summary>Steps run before the transaction.</summary>
    public IReadOnlyList<IPipelineStep> Checks { get; }

    /// <summary>Steps run inside the store transaction.</summary>
    public IReadOnlyList<IPipelineStep> Commit { get; }

    /// <summary>The order as one line, e.g. "ClassifyMessage → … | begin → DetectDuplicate → … → commit".</summary>
    public string Describe() =>
        string.Join(" → ", Checks.Select(s => s.Name)) + " | begin → " + string.Join(" → ", Commit.Select(s => s.Name)) + " → commit";
}

/// <summary>The ONE place that declares the order of the inbound pipeline (messages from the hub).</summary>
internal sealed class InboundPipeline(
    ClassifyMessageStep classify, ValidateSchemaStep validateSchema, CheckSenderStep checkSender, ResolveRouteStep resolveRoute, CheckRulesStep checkRules,
    DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, RecordMessageStep recordMessage,
    DecideDeclaratieAntwoordStep decideAntwoord, ApplyToLedgerStep applyToLedger, GrantCeilingsStep grantCeilings, BuildAnswerStep buildAnswer,
    HoldAnswerStep holdAnswer, QueueAnswerStep queueAnswer, RouteToBackOfficeStep routeToBackOffice)
{
    public PipelineDefinition Definition { get; } = new(
        "inbound",
        [classify, validateSchema, checkSender, resolveRoute, checkRules],
        [detectDuplicate, checkLedger, correlateAnswer, recordMessage, decideAntwoord, applyToLedger, grantCeilings, buildAnswer, holdAnswer, queueAnswer, routeToBackOffice]);
}

/// <summary>The ONE place that declares the order of the outbound pipeline (messages from a back office).</summary>
internal sealed class OutboundPipeline(
    ClassifyMessageStep classify, ValidateSchemaStep validateSchema, ResolveRouteStep resolveRoute, CheckRulesStep checkRules,
    DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, ReplaceHeldAnswerStep replaceHeldAnswer,
    RecordMessageStep recordMessage, ApplyToLedgerStep applyToLedger, QueueToHubStep queueToHub)
{
    public PipelineDefinition Definition { get; } = new(
        "outbound",
        [classify, validateSchema, resolveRoute, checkRules],
        [detectDuplicate, checkLedger, correlateAnswer, replaceHeldAnswer, recordMessage, applyToLedger, queueToHub]);
}
