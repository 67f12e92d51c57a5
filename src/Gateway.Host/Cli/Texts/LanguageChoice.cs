namespace Gateway.Host.Cli.Texts;

/// <summary>Which language a run speaks: <c>--lang nl|en</c>, else the locale of the environment, else English.</summary>
internal static class LanguageChoice
{
    public const string OptionName = "--lang";

    /// <summary>The values <c>--lang</c> accepts, as a user types them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["nl", "en"];

    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set decides.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    public static bool TryParse(string? text, out Language language)
    {
        language = Language.En;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "NL":
                language = Language.Nl;
                return true;
            case "EN":
                return true;
            default:
                return false;
        }
    }

    /// <summary>nl for a locale such as nl_NL.UTF-8 or nl_BE, en for anything else (C, POSIX, en_US, de_DE …).</summary>
    public static Language FromEnvironment(Func<string, string?> getVariable)
    {
        foreach (var name in LocaleVariables)
        {
            if (getVariable(name) is { Length: > 0 } value)
            {
                return value.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Language.Nl : Language.En;
            }
        }

        return Language.En;
    }
}
