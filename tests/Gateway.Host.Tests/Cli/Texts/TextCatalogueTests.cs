using System.Reflection;
using System.Text.RegularExpressions;
using Gateway.Host.Cli.Texts;

namespace Gateway.Host.Tests.Cli.Texts;

/// <summary>The two catalogues: the same texts with the same placeholders, and amounts as each language writes them.</summary>
public sealed partial class TextCatalogueTests
{
    public static TheoryData<string> TextNames() => [.. StringProperties().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(TextNames))]
    public void Catalogues_EveryText_PresentWithTheSamePlaceholders(string name)
    {
        var property = typeof(TextCatalogue).GetProperty(name)!;
        var en = (string)property.GetValue(TextCatalogue.For(Language.En))!;
        var nl = (string)property.GetValue(TextCatalogue.For(Language.Nl))!;

        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.False(string.IsNullOrWhiteSpace(nl));
        Assert.Equal(Placeholders(en), Placeholders(nl));
    }

    [Theory]
    [InlineData(621000, "€ 6.210,00", "€6,210.00")]
    [InlineData(0, "€ 0,00", "€0.00")]
    [InlineData(5, "€ 0,05", "€0.05")]
    [InlineData(-45000, "€ -450,00", "-€450.00")]
    [InlineData(123456789, "€ 1.234.567,89", "€1,234,567.89")]
    public void Amount_Eurocents_AsEachLanguageWritesThem(long eurocents, string nl, string en)
    {
        Assert.Equal(nl, TextCatalogue.For(Language.Nl).Amount(eurocents));
        Assert.Equal(en, TextCatalogue.For(Language.En).Amount(eurocents));
    }

    [Fact]
    public void DateAndInstant_Iso8601_InEveryLanguage()
    {
        Assert.Equal("2026-12-16", TextCatalogue.Date(new DateOnly(2026, 12, 16)));
        Assert.Equal("2026-12-16T08:30:05Z", TextCatalogue.Instant(new DateTimeOffset(2026, 12, 16, 9, 30, 5, TimeSpan.FromHours(1))));
    }

    private static IEnumerable<PropertyInfo> StringProperties() =>
        typeof(TextCatalogue).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)[,:}]")]
    private static partial Regex Placeholder();
}
