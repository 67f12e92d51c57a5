using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Builds the answer a heen-bericht gets when the ledger finds nothing, before the store transaction: most messages
/// pass levels 3 and 4, and building and serialising the answer is work the serial commit phase need not do. The
/// last check, so the draft sees level 2's final result; BuildAnswerStep rebuilds it when the level-3/4 rules add
/// retourcodes.
/// </summary>
internal sealed class DraftAnswerStep(AnswerFactory answers) : ICheckStep
{
    public string Name => "DraftAnswer";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        if (message.Flow != Flow.Inbound || message.Validation is not { Bericht: not null } validation)
        {
            return ValueTask.FromResult(message);
        }

        var decision = answers.Decide(validation);
        if (decision is not { Kind: AnswerKind.Answer, Answer: { } answer })
        {
            return ValueTask.FromResult(message with { AnswerDraft = new AnswerDraft(validation, decision, null, null) });
        }

        var payload = BerichtWriter.ToBytes(answer);
        var row = QueueAnswerStep.AnswerRowOf(answer) with { Payload = payload, ContentHash = ContentHash.Of(payload) };
        return ValueTask.FromResult(message with { AnswerDraft = new AnswerDraft(validation, decision, payload, row) });
    }
}
