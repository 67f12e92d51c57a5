namespace Gateway.Messages.Model;

/// <summary>Lexical formats of the standard's dates and times.</summary>
internal static class XmlFormats
{
    public const string Date = "yyyy-MM-dd";

    /// <summary>Whole seconds; fractions only when present (F drops the dot when the fraction is zero).</summary>
    public const string Time = "HH:mm:ss.FFFFFFF";

    public static readonly string[] TimeParse = ["HH:mm:ss", "HH:mm:ss.FFFFFFF"];
}
