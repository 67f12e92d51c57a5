using Gateway.Routing.Pipeline.Steps;

namespace Gateway.Routing.Pipeline;

/// <summary>The outbound pipeline's steps as composed; their order is <see cref="PipelineDefinition.Outbound"/>'s.</summary>
internal sealed class OutboundPipeline(
    ClassifyMessageStep classify, ValidateSchemaStep validateSchema, ResolveRouteStep resolveRoute, CheckRulesStep checkRules,
    DetectDuplicateStep detectDuplicate, CheckLedgerStep checkLedger, CorrelateAnswerStep correlateAnswer, ReplaceHeldAnswerStep replaceHeldAnswer,
    RecordMessageStep recordMessage, ApplyToLedgerStep applyToLedger, QueueToHubStep queueToHub, TrackObligationsStep trackObligations, RecordRefusalStep recordRefusal)
{
    public PipelineDefinition Definition { get; } = PipelineDefinition.Outbound(
        classify, validateSchema, resolveRoute, checkRules, detectDuplicate, checkLedger, correlateAnswer, replaceHeldAnswer, recordMessage, applyToLedger, queueToHub, trackObligations, recordRefusal);
}
