using Gateway.Messages.Model;
using Gateway.Messages.Privacy;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Rules;

/// <summary>Runs every level-2 rule that applies to a message and reports each violation as a level-2 issue.</summary>
public sealed class Level2Validator
{
    private readonly Dictionary<MessageCode, MessageRule[]> _byMessage;

    /// <summary>A validator over the given rules.</summary>
    public Level2Validator(IEnumerable<MessageRule> rules)
    {
        Rules = rules.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var duplicate = Rules.GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule {duplicate.Key} is defined more than once.", nameof(rules));
        }

        _byMessage = Enum.GetValues<MessageCode>()
            .ToDictionary(m => m, m => Rules.Where(r => r.AppliesTo.Contains(m)).ToArray());
    }

    /// <summary>A validator over every rule defined in this assembly.</summary>
    public static Level2Validator Default { get; } = new(AllRules.Create());

    /// <summary>All rules, ordered by code.</summary>
    public IReadOnlyList<MessageRule> Rules { get; }

    /// <summary>The rule with this code, or null.</summary>
    public MessageRule? Find(string code) =>
        Rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks a message; an empty list means it passes level 2.</summary>
    public IReadOnlyList<ValidationIssue> Validate(Bericht bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        var issues = new List<ValidationIssue>();
        using var classes = ClassPaths.Remember(bericht);
        foreach (var rule in _byMessage[bericht.Code])
        {
            foreach (var violation in rule.Check(bericht))
            {
                issues.Add(EchoText.Issue(new ValidationIssue(
                    Level: 2,
                    Code: rule.Code,
                    RetourCode: rule.RetourCode,
                    Path: violation.Path,
                    Line: null,
                    Column: null,
                    Message: $"{violation.Detail}. {rule.Fix.En}")));
            }
        }

        return issues;
    }
}
