using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Builds what the sender gets back: the Fo01 body for a refused message; the retour (302 … 320) or 325 for a
/// heen-bericht — header 0001 after a level-2 failure, the level-3/4 codes on their classes, otherwise accepted;
/// nothing for a retour (answers are not answered).
/// </summary>
internal sealed class BuildAnswerStep(AnswerFactory answers) : IPipelineStep
{
    public string Name => "BuildAnswer";

    public ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Refusal is { } refusal)
        {
            context.AnswerPayload = refusal.ToBytes();
            return ValueTask.CompletedTask;
        }

        if (context.Validation is not { Bericht: not null } validation)
        {
            return ValueTask.CompletedTask;
        }

        var decision = answers.Decide(validation, context.CrossMessageOutcome);
        context.Answer = decision;
        if (decision is { Kind: AnswerKind.Answer, Answer: { } answer })
        {
            context.AnswerPayload = BerichtWriter.ToBytes(answer);
        }

        return ValueTask.CompletedTask;
    }
}
