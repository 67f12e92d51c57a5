using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// The slot for levels 3 and 4: runs every registered <see cref="ICrossMessageRule"/> that applies to the message,
/// inside the store transaction so the ledger it reads cannot change underneath. Only a message that passed level 2
/// is checked (a 0001 wins over everything). Inbound, the rejections go into the answer; outbound, they refuse it.
/// Rules that judge after the others (<see cref="IJudgesAfterOtherRules"/>) run last and see what the others rejected.
/// A 323's checks end here, so this step hands on the one <see cref="DeclaratieVerdict"/> on it. The rules share their
/// ledger reads (<see cref="LedgerReadMemo"/>): what one rule read, the next one asking the same gets without a query.
/// </summary>
internal sealed class CheckLedgerStep(IEnumerable<ICrossMessageRule> rules, TimeProvider time) : ICommitStep
{
    private readonly ICrossMessageRule[] _rules = [.. rules.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal)];

    public string Name => "CheckLedger";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var bericht = context.Bericht;
        if (context.Outcome is { IsAccepted: true } outcome)
        {
            await CheckAsync(context, bericht, outcome, cancellationToken);
        }

        if (bericht is Bericht323 declaratie)
        {
            context.Verdict = DeclaratieVerdict.Of(declaratie, context.Outcome);
        }
    }

    private async Task CheckAsync(CommitState context, Bericht bericht, MessageOutcome outcome, CancellationToken cancellationToken)
    {
        using var reads = LedgerReadMemo.Open(context.Transaction);
        var check = new CrossMessageCheck(bericht, context.Flow, context.Transaction, time.GetUtcNow()) { StoredUnderDedupKey = context.StoredUnderDedupKey };
        var found = new List<(ICrossMessageRule Rule, ClassRejection Rejection)>();
        var applicable = _rules.Where(r => r.AppliesTo.Contains(bericht.Code)).ToList();
        foreach (var rule in applicable.Where(r => r is not IJudgesAfterOtherRules))
        {
            found.AddRange((await rule.CheckAsync(check, cancellationToken)).Select(r => (rule, r)));
        }

        var afterOthers = check with { RejectedByOtherRules = [.. found.Select(f => f.Rejection.Path).Distinct(StringComparer.Ordinal)] };
        foreach (var rule in applicable.Where(r => r is IJudgesAfterOtherRules))
        {
            found.AddRange((await rule.CheckAsync(afterOthers, cancellationToken)).Select(r => (rule, r)));
        }

        if (found.Count == 0)
        {
            return;
        }

        context.RuleRejections.AddRange(found.Select(f => new RuleRejection(f.Rule.Code, f.Rejection.RetourCode, f.Rejection.Path)).Distinct());
        var cross = MessageOutcome.RejectedClasses(found.Select(f => f.Rejection));
        context.CrossMessageOutcome = cross;
        context.Outcome = outcome.Merge(cross);
        if (context.Flow == Flow.Outbound)
        {
            var first = found[0];
            context.Refuse(
                new TransportRefusal(
                    TransportRefusal.StUF055,
                    $"Level {first.Rule.Level}: {found.Count} rejection(s); first {first.Rule.Code} ({first.Rejection.RetourCode}) at {first.Rejection.Path}: {Explained(first.Rule, first.Rejection)}",
                    null),
                found.Select(f => new ValidationIssue(
                    f.Rule.Level, f.Rule.Code, f.Rejection.RetourCode, f.Rejection.Path, null, null, $"Rule {f.Rule.Code} rejects this class with retourcode {f.Rejection.RetourCode}. {Explained(f.Rule, f.Rejection)}".TrimEnd())));
        }
    }

    /// <summary>The rule's meaning and, when the rule gave one, what it found in this class.</summary>
    private static string Explained(ICrossMessageRule rule, ClassRejection rejection) =>
        rejection.Detail is null ? rule.Meaning?.En ?? string.Empty : $"{rule.Meaning?.En} {rejection.Detail}".TrimStart();
}
