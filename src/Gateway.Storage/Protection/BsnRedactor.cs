using System.Text.RegularExpressions;

namespace Gateway.Storage.Protection;

/// <summary>Last line of defence: masks anything that looks like a BSN (9 digits passing the 11-proef) in texts the store keeps in plain.</summary>
internal static partial class BsnRedactor
{
    [GeneratedRegex(@"(?<!\d)\d{9}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    /// <summary>The text with every BSN-like number replaced by asterisks.</summary>
    public static string? Redact(string? text) =>
        text is null ? null : NineDigits().Replace(text, m => PassesElfProef(m.ValueSpan) ? "*********" : m.Value);

    /// <summary>The 11-proef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not zero).</summary>
    public static bool PassesElfProef(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
