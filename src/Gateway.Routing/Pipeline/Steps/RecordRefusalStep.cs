using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// The refusal route's record: the refused message is stored with its bytes (no dedup key), rejected with the refusal's
/// text, and audited with the refusal's own event (e.g. SenderRefused) when it has one.
/// </summary>
internal sealed class RecordRefusalStep(PipelineOptions options) : ICommitStep
{
    public string Name => "RecordRefusal";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var refusal = context.Refusal ?? throw new InvalidOperationException("RecordRefusalStep belongs to the refusal route.");
        var id = await RecordMessageStep.InsertAsync(context, options, cancellationToken);
        await context.Transaction.UpdateStateAsync(id, MessageState.Rejected, MessageEventTypes.MessageRejected, refusal.Omschrijving, cancellationToken: cancellationToken);
        if (refusal.AuditEvent is { } audit)
        {
            await context.Transaction.AddEventAsync(id, audit, refusal.Omschrijving, cancellationToken: cancellationToken);
        }
    }
}
