using Gateway.Messages.Answers;
using Gateway.Messages.Rules;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Level 2: the rules inside one message. A failure rejects a heen-bericht with retourcode 0001 (inbound) or
/// refuses an outbound message with its issues, so the region never sends what would come back rejected.
/// </summary>
internal sealed class CheckRulesStep(Level2Validator rules) : IPipelineStep
{
    public string Name => "CheckRules";

    public ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Bericht is not { } bericht || context.Validation is not { } validation || context.Refusal is not null)
        {
            return ValueTask.CompletedTask;
        }

        var issues = rules.Validate(bericht);
        context.Validation = validation with { Issues = issues };
        context.Outcome = MessageOutcome.FromLevel2(issues);
        if (issues.Count > 0 && context.Flow == Flow.Outbound)
        {
            var first = issues[0];
            context.Refusal = new TransportRefusal(
                TransportRefusal.StUF055,
                $"Level 2: {issues.Count} rule(s) failed; first {first.Code} at {first.Path}: {first.Message}",
                null);
            context.RefusalIssues.AddRange(issues);
        }

        return ValueTask.CompletedTask;
    }
}
