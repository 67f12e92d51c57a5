using System.Globalization;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Host.Console;

/// <summary>How the console writes moments, ages and amounts: Dutch time (the hub's), euros with a comma.</summary>
internal static class ConsoleFormat
{
    public static string Moment(DateTimeOffset instant) =>
        GgkTijdstip.FromInstant(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset? instant) => instant is { } value ? Moment(value) : "–";

    public static string Hour(DateTimeOffset instant) =>
        GgkTijdstip.FromInstant(instant).ToString("dd-MM HH:00", CultureInfo.InvariantCulture);

    public static string Age(TimeSpan? age) => age switch
    {
        null => "–",
        { TotalDays: >= 1 } a => string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalDays}d {a.Hours}h"),
        { TotalHours: >= 1 } a => string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalHours}h {a.Minutes}m"),
        { } a => string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalMinutes}m {a.Seconds}s"),
    };

    /// <summary>Eurocents as euros, e.g. "€ 1.779,30" (credit negative).</summary>
    public static string Euros(long eurocents)
    {
        var sign = eurocents < 0 ? "-" : "";
        var abs = Math.Abs(eurocents);
        var whole = (abs / 100).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return string.Create(CultureInfo.InvariantCulture, $"{sign}€ {whole},{abs % 100:00}");
    }
}
