using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Builds what the sender gets back for a checked message: the retour (302 … 320) or 325 for a heen-bericht —
/// header 0001 after a level-2 failure, the level-3/4 codes on their classes, otherwise accepted; nothing for a
/// retour (answers are not answered). A refused message gets its Fo01 on the refusal route (QueueRefusalStep).
/// </summary>
internal sealed class BuildAnswerStep(AnswerFactory answers) : ICommitStep
{
    public string Name => "BuildAnswer";

    public ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var decision = answers.Decide(context.Message.Validation!, context.CrossMessageOutcome);
        context.Answer = decision;
        if (decision is { Kind: AnswerKind.Answer, Answer: { } answer })
        {
            context.AnswerPayload = BerichtWriter.ToBytes(answer);
        }

        return ValueTask.CompletedTask;
    }
}
