using System.Text.RegularExpressions;

namespace Gateway.Host.Console;

/// <summary>
/// A failure group's cause as a reader sees it: each blanked number ("#") written as "n", and the reasons the gateway
/// writes itself (retry decisions, the back office's HTTP answer) in the page's language. Other text, such as a hub's
/// Fo01 explanation, is shown as it came.
/// </summary>
internal static partial class FailureCause
{
    private static readonly (Regex Pattern, string Nl, string En)[] OurOwn =
    [
        (PermanentPattern(), "Blijvende fout bij poging n: ", "Permanent failure on attempt n: "),
        (HorizonPattern(), "Herhaaltermijn verstreken na n pogingen; laatste fout: ", "Retry horizon passed after n attempts; last failure: "),
        (HttpPattern(), "backoffice antwoordde HTTP n", "back office answered HTTP n"),
    ];

    public static string Readable(string cause, ConsoleTexts texts)
    {
        ArgumentNullException.ThrowIfNull(cause);
        ArgumentNullException.ThrowIfNull(texts);
        var text = cause;
        foreach (var (pattern, nl, en) in OurOwn)
        {
            text = pattern.Replace(text, texts.Code == "en" ? en : nl);
        }

        return text.Replace('#', 'n');
    }

    [GeneratedRegex(@"^Permanent failure on attempt #: ", RegexOptions.CultureInvariant)]
    private static partial Regex PermanentPattern();

    // The horizon is a TimeSpan, blanked to something like "#.#:#:#".
    [GeneratedRegex(@"^Retry horizon of \S+ passed after # attempts; last failure: ", RegexOptions.CultureInvariant)]
    private static partial Regex HorizonPattern();

    [GeneratedRegex(@"\bback office answered HTTP #", RegexOptions.CultureInvariant)]
    private static partial Regex HttpPattern();
}
