using Gateway.Messages.Answers;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Applies the region's 325 policy to a 323 answered per prestatie: holds the 325 for a back-office decision when
/// granting it would take a ceiling with beleid hold over 100 % (the per-ceiling choice in the contract register), or
/// when it rejects lines and the region asked for that (<see cref="AntwoordBeleid.HoldRejectedLines"/>) — also when
/// every prestatie is rejected: such a 325 has rejected lines, though it grants nothing and ApplyToLedger does not
/// record its 323. Runs before ApplyToLedger, which then records the granted prestaties as submitted. The deadline is
/// the receipt date + the term in Dutch working days. Only ceilings with beleid hold are judged here: they are the ones
/// that can hold a 325, and judging one takes its ceiling-year's lock for the rest of the unit.
/// </summary>
internal sealed class DecideDeclaratieAntwoordStep(DeclaratieAntwoordOptions options, CeilingGrants ceilings) : ICommitStep
{
    public string Name => "DecideDeclaratieAntwoord";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.Flow != Flow.Inbound || context.Verdict is not { AnswersPerPrestatie: true } verdict)
        {
            return;
        }

        var reasons = new List<string>();
        if (options.Antwoord == AntwoordBeleid.HoldRejectedLines && verdict.RejectsLines)
        {
            reasons.Add($"rejected lines: {verdict.RejectedClasses} client(s)/prestatie(s) rejected");
        }

        var outcomes = await ceilings.EvaluateHoldingAsync(context.Transaction, verdict.GrantedAmounts(), cancellationToken);
        reasons.AddRange(outcomes.Where(o => o.Hold).Select(o =>
            $"ceiling {o.Ceiling.Id} ({o.Ceiling.Jaar}) exceeded: {o.UsedAfter} of {o.Ceiling.Bedrag} eurocents with this declaration (beleid hold)"));

        if (reasons.Count > 0)
        {
            var ontvangen = DutchDate.Of(context.Message.ReceivedAt);
            context.AnswerHold = new AnswerHold(reasons, ontvangen, WorkingDays.Add(ontvangen, options.TermijnWerkdagen));
        }
    }
}
