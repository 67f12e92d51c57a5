using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Gateway.Messages.Privacy;

/// <summary>
/// Last line of defence: masks anything that looks like a BSN (9 digits passing the 11-proef) in texts that are kept
/// or shown in plain. The one implementation for every project (store columns, error echoes, payload views).
/// </summary>
public static partial class BsnRedactor
{
    /// <summary>What a BSN-like number is replaced with.</summary>
    public const string Masked = "*********";

    [GeneratedRegex(@"(?<!\d)\d{9}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    /// <summary>The text with every BSN-like number replaced by asterisks.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text) =>
        text is null ? null : NineDigits().Replace(text, m => PassesElfProef(m.ValueSpan) ? Masked : m.Value);

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
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (9 - i) * (digits[i] - '0');
        }

        if (!char.IsAsciiDigit(digits[8]))
        {
            return false;
        }

        sum -= digits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
