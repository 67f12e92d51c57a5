using Gateway.Host.Cli.Texts;

namespace Gateway.Host.Tests.Cli.Texts;

/// <summary>The default language follows the locale variables in POSIX order.</summary>
public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData(null, null, "nl_NL.UTF-8", "nl")]
    [InlineData(null, null, "nl_BE", "nl")]
    [InlineData(null, null, "en_US.UTF-8", "en")]
    [InlineData(null, null, "C.UTF-8", "en")]
    [InlineData(null, null, null, "en")]
    [InlineData("en_GB.UTF-8", null, "nl_NL.UTF-8", "en")]
    [InlineData(null, "nl_NL.UTF-8", "en_US.UTF-8", "nl")]
    [InlineData("", "", "nl_NL", "nl")]
    public void FromEnvironment_FirstLocaleVariableSet_Decides(string? lcAll, string? lcMessages, string? lang, string expected)
    {
        var variables = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };

        Assert.Equal(expected, LanguageChoice.FromEnvironment(name => variables.GetValueOrDefault(name)).ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("nl", true, "nl")]
    [InlineData("NL", true, "nl")]
    [InlineData("en", true, "en")]
    [InlineData("de", false, "en")]
    [InlineData("", false, "en")]
    public void TryParse_OnlyNlAndEn(string text, bool valid, string expected)
    {
        Assert.Equal(valid, LanguageChoice.TryParse(text, out var language));
        Assert.Equal(expected, language.ToString().ToLowerInvariant());
    }
}
