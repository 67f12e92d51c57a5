using System.Text.RegularExpressions;
using Gateway.Host.Console;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Console;

public sealed partial class ConsoleTextsTests
{
    [Fact]
    public void EveryText_HasDutchAndEnglish_AndTheSamePlaceholders()
    {
        var dutch = ConsoleTexts.For("nl");
        var english = ConsoleTexts.For("en");

        Assert.All(ConsoleTexts.Keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(dutch[key]), key);
            Assert.False(string.IsNullOrWhiteSpace(english[key]), key);
            Assert.Equal(Placeholders(dutch[key]), Placeholders(english[key]));
        });
    }

    [Fact]
    public void EveryKeyThePagesName_Exists()
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "Gateway.Host", "Console");
        var used = Directory.EnumerateFiles(folder, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => KeyPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 50, $"only {used.Count} keys found: the pattern no longer matches the pages");
        Assert.All(used, key => Assert.Contains(key, ConsoleTexts.Keys));
    }

    [Fact]
    public void EveryStateDirectionAndCircuit_TheyShow_HasItsText()
    {
        IEnumerable<string> keys =
        [
            .. Enum.GetNames<MessageState>().Select(n => "state." + n),
            .. Enum.GetNames<MessageDirection>().Select(n => "direction." + n),
            .. Enum.GetNames<DeliveryState>().Select(n => "delivery." + n),
            .. new[] { "closed", "open", "half_open", "isolated" }.Select(n => "circuit." + n),
        ];

        Assert.All(keys, key => Assert.Contains(key, ConsoleTexts.Keys));
    }

    [Fact]
    public void For_DutchUnlessEnglishIsChosen()
    {
        Assert.Equal("nl", ConsoleTexts.For(null).Code);
        Assert.Equal("nl", ConsoleTexts.For("de").Code);
        Assert.Equal("en", ConsoleTexts.For("en").Code);
        Assert.Throws<KeyNotFoundException>(() => ConsoleTexts.For("nl")["no.such.key"]);
    }

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex("""[tT]\["([a-z.]+)"\]""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
