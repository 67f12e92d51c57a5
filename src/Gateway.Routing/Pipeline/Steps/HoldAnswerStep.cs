using Gateway.Routing.Declaraties;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records a 325 the policy holds (DecideDeclaratieAntwoordStep): built and stored with its bytes, in state
/// <see cref="MessageState.Held"/>, not queued to the hub; the reasons and the deadline go into an
/// <see cref="MessageEventTypes.AnswerHeld"/> event and the held-answer list the back office decides from.
/// </summary>
internal sealed partial class HoldAnswerStep(PipelineOptions options, IDeclaratieAntwoordStore store, ILogger<HoldAnswerStep> logger) : ICommitStep
{
    public string Name => "HoldAnswer";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.AnswerHold is not { } hold || context.AnswerPayload is not { } payload || context.Verdict is not { } verdict)
        {
            return;
        }

        var tx = context.Transaction;
        var heenId = context.RequireMessageId();
        var detail = "325 held for a back-office decision: " + hold.Describe();
        var answerId = await tx.InsertMessageAsync(QueueAnswerStep.RowFor(context, payload, options, MessageState.Held, MessageEventTypes.AnswerHeld, detail), cancellationToken);
        context.AnswerMessageId = answerId;
        await tx.AddEventAsync(heenId, MessageEventTypes.AnswerHeld, $"325 {answerId} held: {hold.Describe()}", cancellationToken: cancellationToken);
        await store.HoldAsync(
            tx,
            new HeldAnswer(
                answerId,
                heenId,
                verdict.Parties.Standard,
                verdict.Parties.Gemeentecode,
                verdict.Parties.Aanbieder,
                verdict.DeclaratieNummer,
                verdict.Ingediend,
                verdict.Toegekend,
                hold.Reasons,
                hold.Ontvangen,
                hold.Deadline),
            cancellationToken);
        LogHeld(logger, answerId, heenId, hold.Deadline, hold.Reasons.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "325 {AnswerMessageId} for declaration message {MessageId} held for a back-office decision ({Reasons} reason(s)); send by {Deadline:yyyy-MM-dd}")]
    private static partial void LogHeld(ILogger logger, long answerMessageId, long messageId, DateOnly deadline, int reasons);
}
