namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// The refusal route's answer to the hub: the Fo01 body (StUF055 with the refusal's text, crossRefnummer the refused
/// envelope) recorded as a transport error correlated to the refused message and queued for the hub. No retour.
/// </summary>
internal sealed class QueueRefusalStep(PipelineOptions options) : ICommitStep
{
    public string Name => "QueueRefusal";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var refusal = context.Refusal ?? throw new InvalidOperationException("QueueRefusalStep belongs to the refusal route.");
        await QueueAnswerStep.QueueAsync(context, refusal.ToBytes(), options, cancellationToken);
    }
}
