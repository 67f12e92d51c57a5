using System.Globalization;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>StUF tijdstip: yyyyMMddHHmmss with optional milliseconds (fff), Dutch local time, no offset.</summary>
public static class GgkTijdstip
{
    private static readonly TimeZoneInfo Dutch = FindDutchZone();

    /// <summary>The Dutch local time of an instant, truncated to milliseconds.</summary>
    public static DateTime FromInstant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Dutch).DateTime;
        return new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified);
    }

    /// <summary>Formats with 14 digits, or 17 when there are milliseconds.</summary>
    public static string Format(DateTime value) =>
        value.Millisecond == 0
            ? value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            : value.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>Parses 14 to 17 digits (seconds with 0–3 digits of fraction).</summary>
    public static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        if (text is null || text.Length < 14 || text.Length > 17 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var padded = text.PadRight(17, '0');
        return DateTime.TryParseExact(padded, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static TimeZoneInfo FindDutchZone()
    {
        // Containers without tzdata fall back to UTC: the tijdstip is informative, never used for ordering.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
