using System.Globalization;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Host.Cli;

/// <summary>How issues and identities read on a terminal. Issue messages never hold a BSN; nothing here adds element values.</summary>
internal static class IssueText
{
    /// <summary>"L2 CS002 /Bericht/Client/Bsn (line 31): …".</summary>
    public static string Line(ValidationIssue issue)
    {
        var where = new List<string>();
        if (issue.Line is { } line)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (issue.Rule is { } rule)
        {
            where.Add("rule " + rule);
        }

        var path = issue.Path is null ? string.Empty : " " + issue.Path;
        var suffix = where.Count == 0 ? string.Empty : $" ({string.Join(", ", where)})";
        return string.Create(CultureInfo.InvariantCulture, $"L{issue.Level} {issue.Code}{path}{suffix}: {issue.Message}");
    }

    /// <summary>"JW301 3.2", or "-" when the document is not a supported message.</summary>
    public static string Identity(MessageIdentity? identity) =>
        identity is null ? "-" : $"{MessageCatalog.Get(identity.Message).QualifiedName(identity.Standard)} {identity.Release}";
}
