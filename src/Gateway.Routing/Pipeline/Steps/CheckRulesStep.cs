using Gateway.Messages.Answers;
using Gateway.Messages.Rules;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Level 2: the rules inside one message. A failure rejects a heen-bericht with retourcode 0001 (inbound) or
/// refuses an outbound message with its issues, so the region never sends what would come back rejected.
/// </summary>
internal sealed class CheckRulesStep(Level2Validator rules) : ICheckStep
{
    public string Name => "CheckRules";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        var issues = rules.Validate(message.RequireBericht());
        message = message with { Validation = message.Validation! with { Issues = issues }, Outcome = MessageOutcome.FromLevel2(issues) };
        if (issues.Count > 0 && message.Flow == Flow.Outbound)
        {
            var first = issues[0];
            message = message.Refused(
                new TransportRefusal(
                    TransportRefusal.StUF055,
                    $"Level 2: {issues.Count} rule(s) failed; first {first.Code} at {first.Path}: {first.Message}",
                    null),
                issues);
        }

        return ValueTask.FromResult(message);
    }
}
