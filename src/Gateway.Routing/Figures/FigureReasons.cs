using Gateway.Messages.Answers;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Figures;

/// <summary>
/// Why each rejected prestatie of a received 323 was rejected, from what the checks found: a level-2 rejection puts 0001
/// with every level-2 rule that failed on every prestatie; otherwise a prestatie carries the level-3/4 rules whose
/// rejection sits on it, on its client, on the Declaratie or on the header (a prestatie rejected only with its client
/// carries its client's reasons).
/// </summary>
internal static class FigureReasons
{
    /// <summary>The reasons per prestatie, in the order of <see cref="DeclaratieVerdict.Prestaties"/>; empty for a granted one.</summary>
    public static IReadOnlyList<IReadOnlyList<FigureReason>> Of(DeclaratieVerdict verdict, MessageOutcome? outcome, IEnumerable<ValidationIssue> issues, IEnumerable<RuleRejection> rules)
    {
        if (outcome is { Kind: OutcomeKind.RejectedAtLevel2 })
        {
            // Only the rule's code counts, whatever words an issue's code carries after it.
            IReadOnlyList<FigureReason> level2 = [.. issues.Where(i => i.Level == 2).Select(i => new FigureReason(RetourCodes.TechnischAfgekeurd, i.Code.Split(' ', 2)[0])).Distinct()];
            return [.. verdict.Prestaties.Select(_ => level2)];
        }

        var found = rules.ToList();
        return [.. verdict.Clienten.SelectMany(c => c.Prestaties.Select((p, i) => p.IsGranted ? [] : Reasons(found, c.Number, i + 1)))];
    }

    private static IReadOnlyList<FigureReason> Reasons(List<RuleRejection> rules, int client, int prestatie) =>
        [.. rules.Where(r => SitsOn(r.Path, client, prestatie)).Select(r => new FigureReason(r.RetourCode, r.Rule)).Distinct()];

    /// <summary>True when a rejection at <paramref name="path"/> (a class or a field of it) rejects this prestatie: on it, its client, the Declaratie or outside the Declaratie (the header).</summary>
    private static bool SitsOn(string path, int client, int prestatie)
    {
        var clientPath = DeclaratieVerdict.ClientPath(client);
        return AtOrUnder(path, DeclaratieVerdict.PrestatiePath(client, prestatie))
            || (AtOrUnder(path, clientPath) && !AtOrUnder(path, clientPath + "/Prestaties"))
            || (AtOrUnder(path, DeclaratieVerdict.DeclaratiePath) && !AtOrUnder(path, DeclaratieVerdict.DeclaratiePath + "/Clienten"))
            || !AtOrUnder(path, DeclaratieVerdict.DeclaratiePath);
    }

    private static bool AtOrUnder(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
