using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Builds what the sender gets back for a checked message: the retour (302 … 320) or 325 for a heen-bericht —
/// header 0001 after a level-2 failure, the level-3/4 codes on their classes, otherwise accepted; nothing for a
/// retour (answers are not answered). A refused message gets its Fo01 on the refusal route (QueueRefusalStep). The
/// check phase drafted the answer without levels 3/4 (DraftAnswerStep); it is taken as it is when they found nothing.
/// </summary>
internal sealed class BuildAnswerStep(AnswerFactory answers) : ICommitStep
{
    public string Name => "BuildAnswer";

    public ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        // The draft of the check phase is this answer when levels 3/4 found nothing; otherwise it is built again with their codes.
        // Only in the first attempt: a retried one builds afresh, as the answer's own identification may be what collided.
        if (context.Attempt == 1 && context.CrossMessageOutcome is null && context.Message.AnswerDraft is { } draft && ReferenceEquals(draft.Validation, context.Message.Validation))
        {
            context.Answer = draft.Decision;
            context.AnswerPayload = draft.Payload;
            context.AnswerRow = draft.Row;
            return ValueTask.CompletedTask;
        }

        var decision = answers.Decide(context.Message.Validation!, context.CrossMessageOutcome);
        context.Answer = decision;
        if (decision is { Kind: AnswerKind.Answer, Answer: { } answer })
        {
            context.AnswerPayload = BerichtWriter.ToBytes(answer);
        }

        return ValueTask.CompletedTask;
    }
}
