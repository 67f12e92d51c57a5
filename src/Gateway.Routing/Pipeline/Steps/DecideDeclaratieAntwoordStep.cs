using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Applies the region's 325 policy to a 323 answered per prestatie: holds the 325 for a back-office decision when
/// granting it would take a ceiling with beleid hold over 100 % (the per-ceiling choice in the contract register), or
/// when it rejects lines and the region asked for that (<see cref="AntwoordBeleid.HoldRejectedLines"/>). Runs before ApplyToLedger, which then records the
/// prestaties as submitted instead of granted. The deadline is the receipt date + the term in Dutch working days.
/// </summary>
internal sealed class DecideDeclaratieAntwoordStep(DeclaratieAntwoordOptions options, CeilingGrants ceilings) : IPipelineStep
{
    public string Name => "DecideDeclaratieAntwoord";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Flow != Flow.Inbound || context.Refusal is not null
            || context.Bericht is not Bericht323 bericht || !IsAnsweredPerPrestatie(bericht, context.Outcome))
        {
            return;
        }

        var entry = new LedgerEntry(context.RequireMessageId(), context.Flow, bericht, context.Outcome);
        var reasons = new List<string>();
        if (options.Antwoord == AntwoordBeleid.HoldRejectedLines && context.Outcome is { Kind: OutcomeKind.RejectedAtClass } outcome)
        {
            reasons.Add($"rejected lines: {outcome.ClassCodes.Count} client(s)/prestatie(s) rejected");
        }

        var outcomes = await ceilings.EvaluateAsync(context.RequireTransaction(), Granted(entry, bericht), cancellationToken);
        reasons.AddRange(outcomes.Where(o => o.Hold).Select(o =>
            $"ceiling {o.Ceiling.Id} ({o.Ceiling.Jaar}) exceeded: {o.UsedAfter} of {o.Ceiling.Bedrag} eurocents with this declaration (beleid hold)"));

        if (reasons.Count > 0)
        {
            var ontvangen = DutchDate.Of(context.ReceivedAt);
            context.AnswerHold = new AnswerHold(reasons, ontvangen, WorkingDays.Add(ontvangen, options.TermijnWerkdagen));
        }
    }

    /// <summary>
    /// Accepted, or rejected only below Declaratie — also when every prestatie is rejected: such a 325 has rejected
    /// lines for the policy, though it grants nothing and ApplyToLedger does not record its 323.
    /// </summary>
    private static bool IsAnsweredPerPrestatie(Bericht323 bericht, MessageOutcome? outcome) =>
        outcome is null or { IsAccepted: true } || LedgerEntry.RejectsOnlyBelowDeclaratie(bericht, outcome);

    private static IEnumerable<GrantedAmount> Granted(LedgerEntry entry, Bericht323 bericht)
    {
        var declaratie = bericht.Declaratie;
        for (var c = 0; c < declaratie.Clienten.Count; c++)
        {
            var clientPath = ClassPaths.Item(LedgerEntry.DeclaratiePath + "/Clienten", "Client", c + 1);
            var prestaties = declaratie.Clienten[c].Prestaties;
            for (var i = 0; i < prestaties.Count; i++)
            {
                var p = prestaties[i];
                if (!entry.IsRejected(ClassPaths.Item(clientPath + "/Prestaties", "Prestatie", i + 1)))
                {
                    var bedrag = p.IngediendBedrag.DebetCredit == LedgerPrestatie.Credit ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag;
                    yield return new GrantedAmount(bericht.Standard, MessageFacts.GemeentecodeOf(bericht), MessageFacts.ProviderOf(bericht), p.ProductCategorie, p.ProductCode, p.ProductPeriode.Begindatum, bedrag);
                }
            }
        }
    }
}
