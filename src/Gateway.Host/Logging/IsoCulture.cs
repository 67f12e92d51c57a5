using System.Globalization;

namespace Gateway.Host.Logging;

/// <summary>
/// The invariant culture with ISO 8601 date and time patterns, for log text: a date or moment logged without a format
/// reads <c>2026-12-16</c> / <c>2026-12-16 09:30:00</c>, never the invariant culture's <c>12/16/2026</c>.
/// </summary>
internal static class IsoCulture
{
    public static CultureInfo Instance { get; } = Create();

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.LongDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        culture.DateTimeFormat.FullDateTimePattern = "yyyy-MM-dd HH:mm:ss";
        return CultureInfo.ReadOnly(culture);
    }
}
