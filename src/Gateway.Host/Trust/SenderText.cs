using System.Text.RegularExpressions;

namespace Gateway.Host.Trust;

/// <summary>
/// An envelope's zender as it may appear in a reason, an event or a log: it comes from outside, so it is cut to 40
/// characters, anything but letters, digits and <c>._-</c> becomes '?', and every run of nine or more digits (a BSN
/// fits there) is masked.
/// </summary>
internal static partial class SenderText
{
    private const int MaxLength = 40;

    public static string Safe(string zender)
    {
        var cut = zender.Length > MaxLength ? zender[..MaxLength] + "…" : zender;
        var plain = string.Concat(cut.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '…' ? c : '?'));
        var masked = LongNumber().Replace(plain, m => new string('*', m.Length));
        return masked.Length == 0 ? "(empty)" : masked;
    }

    [GeneratedRegex("[0-9]{9,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
