using System.Text;
using System.Text.RegularExpressions;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Privacy;

/// <summary>
/// Bounds what an error text repeats from its input (element names, namespaces, values): BSN-like numbers masked as
/// <see cref="BsnRedactor"/> does, and anything longer than <see cref="MaxLength"/> cut with an ellipsis, so a hostile
/// name can neither leak a BSN into a log or answer nor blow up a message.
/// </summary>
internal static partial class EchoText
{
    /// <summary>The longest echo of one name or value.</summary>
    public const int MaxLength = 80;

    public const string Ellipsis = "…";

    /// <summary>One name or value from the input: masked, then cut to <paramref name="maxLength"/> characters plus an ellipsis.</summary>
    public static string Value(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? string.Empty;
        }

        var masked = value.Length < 9 ? value : BsnRedactor.Redact(value);
        return masked.Length <= maxLength ? masked : string.Concat(masked.AsSpan(0, maxLength), Ellipsis);
    }

    /// <summary>
    /// A whole message: BSN-like numbers masked, every quoted part longer than <see cref="MaxLength"/> cut — except the
    /// framework's list after "expected: ", which names the schema's elements, not the input's.
    /// </summary>
    public static string Message(string message) =>
        LongQuoted().Replace(BsnRedactor.Redact(message), static m => "'" + Value(m.Groups["q"].Value) + "'");

    /// <summary>An element path: each segment as <see cref="Value"/>.</summary>
    public static string? Path(string? path)
    {
        if (path is null || (path.Length <= MaxLength && path.Length < 9))
        {
            return path;
        }

        var sb = new StringBuilder(path.Length);
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('/');
            }

            sb.Append(Value(segments[i]));
        }

        return sb.ToString();
    }

    /// <summary>The issue with its message and path bounded as above; every issue a validator reports passes here.</summary>
    public static ValidationIssue Issue(ValidationIssue issue) =>
        issue with { Message = Message(issue.Message), Path = Path(issue.Path) };

    // A quoted part opens after a space or '(' and closes before a space, punctuation or the end, so the prose between
    // two quoted parts is never taken for one.
    [GeneratedRegex(@"(?<!expected: )(?<=^|[\s(])'(?<q>[^'\r\n]{81,}?)'(?=$|[\s.,:;)])", RegexOptions.CultureInvariant)]
    private static partial Regex LongQuoted();
}
