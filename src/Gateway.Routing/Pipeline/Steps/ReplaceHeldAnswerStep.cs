using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// A back office's 325 for a 323 whose 325 is held, once it passed the outbound checks: the held 325 is dropped
/// (AnswerReplaced) and the ledger and ceilings follow the back office's 325, in the transaction that queues it. When
/// the held 325 was already decided (released or replaced) the 325 is refused, so a 323 never gets two answers.
/// </summary>
internal sealed class ReplaceHeldAnswerStep(HeldAnswers held) : ICommitStep
{
    public string Name => "ReplaceHeldAnswer";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.Flow != Flow.Outbound || context.Bericht is not Bericht325 answer
            || context.CorrelatedTo is not { Code: MessageCode.Declaratie } declaratie)
        {
            return;
        }

        var actor = "back office " + (context.Message.SubmittedBy ?? MessageFacts.GemeentecodeOf(answer));
        var decision = await held.ReplaceAsync(context.Transaction, declaratie.Id, answer, actor, cancellationToken);
        if (decision is { Kind: HeldAnswerDecisionKind.AlreadyDecided } refused)
        {
            context.Refuse(
                new TransportRefusal(TransportRefusal.StUF055, refused.Message, null),
                [new ValidationIssue(3, HeldAnswers.AlreadyDecidedCode, null, ClassPaths.Header, null, null, refused.Message)]);
        }
    }
}
