using Gateway.Routing.Pipeline.Steps;

namespace Gateway.Routing.Pipeline;

/// <summary>The inbound pipeline's steps as composed; their order is <see cref="PipelineDefinition.Inbound"/>'s.</summary>
internal sealed class InboundPipeline(
    ClassifyMessageStep classify, ValidateSchemaStep validateSchema, CheckSenderStep checkSender, ResolveRouteStep resolveRoute, CheckRulesStep checkRules, DraftAnswerStep draftAnswer,
    DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, RecordMessageStep recordMessage,
    DecideDeclaratieAntwoordStep decideAntwoord, ApplyToLedgerStep applyToLedger, GrantCeilingsStep grantCeilings, BuildAnswerStep buildAnswer,
    HoldAnswerStep holdAnswer, RecordFiguresStep recordFigures, QueueAnswerStep queueAnswer, TrackObligationsStep trackObligations, RouteToBackOfficeStep routeToBackOffice, RecordRefusalStep recordRefusal, QueueRefusalStep queueRefusal)
{
    public PipelineDefinition Definition { get; } = PipelineDefinition.Inbound(
        classify, validateSchema, checkSender, resolveRoute, checkRules, draftAnswer, detectDuplicate, checkLedger, correlateAnswer, recordMessage,
        decideAntwoord, applyToLedger, grantCeilings, buildAnswer, holdAnswer, recordFigures, queueAnswer, trackObligations, routeToBackOffice, recordRefusal, queueRefusal);
}
