using System.Text.RegularExpressions;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>UUID v4 referentienummers in the exact lower-case form the hubs check (IB009/CC04).</summary>
public static partial class GgkReferentienummer
{
    /// <summary>The hubs' pattern.</summary>
    public const string Pattern = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";

    /// <summary>A fresh random UUID v4 in lower case.</summary>
    public static string New() => Guid.NewGuid().ToString("D");

    /// <summary>True when the text is a lower-case UUID v4.</summary>
    public static bool IsValid(string? text) => text is not null && UuidV4().IsMatch(text);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UuidV4();
}
