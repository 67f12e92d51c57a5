using Gateway.Routing.Pipeline.Steps;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// An ordered pipeline in two phases: checks that need no store (run first, outside any transaction), then the
/// commit phase, run inside ONE store transaction that records message, outcome, events, answer and deliveries. A
/// refused message takes the refusal route: from the moment a step refuses it, it runs the refusal route's steps it
/// has not run yet, so the normal steps never see a refused message. This file is the ONE place that declares the
/// order of both pipelines.
/// </summary>
public sealed class PipelineDefinition
{
    internal PipelineDefinition(string name, IReadOnlyList<ICheckStep> checks, IReadOnlyList<ICommitStep> commit, IReadOnlyList<ICheckStep> refusedChecks, IReadOnlyList<ICommitStep> refusedCommit)
    {
        Name = name;
        Checks = checks;
        Commit = commit;
        RefusedChecks = refusedChecks;
        RefusedCommit = refusedCommit;
    }

    /// <summary>"inbound" or "outbound".</summary>
    public string Name { get; }

    /// <summary>Steps run before the transaction.</summary>
    public IReadOnlyList<ICheckStep> Checks { get; }

    /// <summary>Steps run inside the store transaction.</summary>
    public IReadOnlyList<ICommitStep> Commit { get; }

    /// <summary>The refusal route's checks: what a refused message still needs before the transaction.</summary>
    public IReadOnlyList<ICheckStep> RefusedChecks { get; }

    /// <summary>The refusal route inside the store transaction: record the refused message and answer it.</summary>
    public IReadOnlyList<ICommitStep> RefusedCommit { get; }

    /// <summary>
    /// The order as one line, e.g. "ClassifyMessage → … | begin → DetectDuplicate → … → commit; refused: ValidateSchema |
    /// begin → … → commit".
    /// </summary>
    public string Describe() => Route(Checks, Commit) + "; refused: " + Route(RefusedChecks, RefusedCommit);

    /// <summary>The inbound pipeline (messages from the hub).</summary>
    internal static PipelineDefinition Inbound(
        ClassifyMessageStep classify, ValidateSchemaStep validateSchema, CheckSenderStep checkSender, ResolveRouteStep resolveRoute, CheckRulesStep checkRules, DraftAnswerStep draftAnswer,
        DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, RecordMessageStep recordMessage,
        DecideDeclaratieAntwoordStep decideAntwoord, ApplyToLedgerStep applyToLedger, GrantCeilingsStep grantCeilings, BuildAnswerStep buildAnswer,
        HoldAnswerStep holdAnswer, RecordFiguresStep recordFigures, QueueAnswerStep queueAnswer, TrackObligationsStep trackObligations, RouteToBackOfficeStep routeToBackOffice, RecordRefusalStep recordRefusal, QueueRefusalStep queueRefusal) => new(
        "inbound",
        [classify, validateSchema, checkSender, resolveRoute, checkRules, draftAnswer],
        [detectDuplicate, checkLedger, correlateAnswer, recordMessage, decideAntwoord, applyToLedger, buildAnswer, holdAnswer, recordFigures, queueAnswer, trackObligations, routeToBackOffice, grantCeilings],
        [validateSchema],
        [detectDuplicate, recordRefusal, queueRefusal]);

    /// <summary>The outbound pipeline (messages from a back office).</summary>
    internal static PipelineDefinition Outbound(
        ClassifyMessageStep classify, ValidateSchemaStep validateSchema, ResolveRouteStep resolveRoute, CheckRulesStep checkRules,
        DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, ReplaceHeldAnswerStep replaceHeldAnswer,
        RecordMessageStep recordMessage, ApplyToLedgerStep applyToLedger, QueueToHubStep queueToHub, TrackObligationsStep trackObligations, RecordRefusalStep recordRefusal) => new(
        "outbound",
        [classify, validateSchema, resolveRoute, checkRules],
        [detectDuplicate, checkLedger, correlateAnswer, replaceHeldAnswer, recordMessage, applyToLedger, queueToHub, trackObligations],
        [validateSchema],
        [detectDuplicate, recordRefusal]);

    private static string Route(IReadOnlyList<ICheckStep> checks, IReadOnlyList<ICommitStep> commit) =>
        string.Join(" → ", checks.Select(s => s.Name)) + " | begin → " + string.Join(" → ", commit.Select(s => s.Name)) + " → commit";
}
