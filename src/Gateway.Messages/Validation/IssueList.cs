using System.Globalization;
using Gateway.Messages.Privacy;

namespace Gateway.Messages.Validation;

/// <summary>Collects issues up to a cap and counts the rest; what an issue echoes from the input is bounded and masked (<see cref="EchoText"/>).</summary>
internal sealed class IssueList(int max)
{
    private readonly List<ValidationIssue> _issues = [];
    private int _dropped;

    public int Count => _issues.Count + _dropped;

    public void Add(ValidationIssue issue)
    {
        if (_issues.Count < max)
        {
            _issues.Add(EchoText.Issue(issue));
        }
        else
        {
            _dropped++;
        }
    }

    public IReadOnlyList<ValidationIssue> ToList()
    {
        if (_dropped == 0)
        {
            return [.. _issues];
        }

        var more = string.Create(CultureInfo.InvariantCulture, $"… and {_dropped} more {(_dropped == 1 ? "issue" : "issues")} not listed (only the first {max} are reported).");
        return [.. _issues, new ValidationIssue(1, _issues[^1].Code, null, null, null, null, more)];
    }
}
