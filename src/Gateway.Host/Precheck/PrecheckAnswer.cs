using Gateway.Host.Explain;
using System.Text;
using Gateway.Host.Cli;
using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Validation;
using Gateway.Routing.Precheck;

namespace Gateway.Host.Precheck;

/// <summary>
/// A pre-check as the provider reads it, over the API (JSON) and on the command line: the verdict, the answer the
/// gateway would send, and every code in it explained from the same catalogues as `gateway explain`.
/// </summary>
internal sealed record PrecheckAnswer(
    string Verdict,
    bool WouldBeAccepted,
    string? Message,
    string? AnswerName,
    string? Answer,
    bool Held,
    string Summary,
    IReadOnlyList<ExplainedCode> RetourCodes,
    IReadOnlyList<ExplainedCode> Findings)
{
    public static PrecheckAnswer Of(PrecheckResult result)
    {
        var message = result.Identity is { } identity ? IssueText.Identity(identity) : null;
        var answer = result.Answer is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        return new PrecheckAnswer(
            result.Verdict.ToString().ToLowerInvariant(),
            result.WouldBeAccepted,
            message,
            result.AnswerName,
            answer,
            result.Held,
            Summarise(result),
            [.. result.RetourCodes.Select(c => RetourCode(c, result))],
            FindingsOf(result));
    }

    private static string Summarise(PrecheckResult result) => result.Verdict switch
    {
        PrecheckVerdict.Accepted when result.AnswerName is null => "Would be accepted: recorded and passed on to the gemeente (a retour gets no answer).",
        PrecheckVerdict.Accepted when result.Held => $"Would be accepted on all four levels; the gemeente's policy would hold the {result.AnswerName} for its decision before sending it.",
        PrecheckVerdict.Accepted => $"Would be accepted on all four levels: answered with this {result.AnswerName}.",
        PrecheckVerdict.Rejected => $"Would be rejected: answered with this {result.AnswerName}, retourcode(s) {string.Join(", ", result.RetourCodes)}; not passed on.",
        PrecheckVerdict.Refused => $"Would be refused at transport level: no retour, a StUF Fo01 {result.Refusal?.Code}: {result.Refusal?.Omschrijving}",
        _ => "Already received: sending it again has no second effect; the answer given then would be sent again" + (result.RetourCodes.Count > 0 ? $" (retourcode(s) {string.Join(", ", result.RetourCodes)})." : "."),
    };

    private static ExplainedCode RetourCode(string code, PrecheckResult result)
    {
        var where = result.Outcome?.ClassCodes.Where(c => c.Value.Contains(code)).Select(c => c.Key).ToList() ?? [];
        var info = RetourCodeCatalogue.Find(code);
        return info is null
            ? new ExplainedCode(null, code, code, null, null, "-", "Not a retourcode of release 3.2.", "-", "-")
            : new ExplainedCode(info.Level, code, code, where.Count == 0 ? null : string.Join(" ", where), null, info.MeaningNl, info.MeaningEn, info.FixNl, info.FixEn);
    }

    private static List<ExplainedCode> FindingsOf(PrecheckResult result)
    {
        var findings = new List<ExplainedCode>();
        foreach (var issue in result.Issues)
        {
            findings.Add(Issue(issue, result.Refusal is not null));
        }

        foreach (var rejection in result.RuleRejections)
        {
            var info = RetourCodeCatalogue.Find(rejection.RetourCode);
            findings.Add(new ExplainedCode(
                info?.Level, rejection.Rule, rejection.RetourCode, rejection.Path, null,
                info?.MeaningNl ?? "-", info?.MeaningEn ?? $"Rule {rejection.Rule} rejects this class.", info?.FixNl ?? "-", info?.FixEn ?? "-"));
        }

        return findings;
    }

    private static ExplainedCode Issue(ValidationIssue issue, bool refused)
    {
        var retourCode = refused ? null : issue.RetourCode;
        if (Level2Validator.Default.Find(issue.Code) is { } rule)
        {
            return new ExplainedCode(issue.Level, issue.Code, retourCode, issue.Path, issue.Message, rule.Meaning.Nl, rule.Meaning.En, rule.Fix.Nl, rule.Fix.En);
        }

        if (RetourCodeCatalogue.FindByRule(issue.Code) is { } byRule)
        {
            return new ExplainedCode(issue.Level, issue.Code, retourCode, issue.Path, issue.Message, byRule.MeaningNl, byRule.MeaningEn, byRule.FixNl, byRule.FixEn);
        }

        return CodeExplainer.TryLevel1(issue.Code, out var meaning, out var fix)
            ? new ExplainedCode(issue.Level, issue.Code, retourCode, issue.Path, issue.Message, meaning.Nl, meaning.En, fix.Nl, fix.En)
            : new ExplainedCode(issue.Level, issue.Code, retourCode, issue.Path, issue.Message, "-", issue.Message, "-", "-");
    }
}
