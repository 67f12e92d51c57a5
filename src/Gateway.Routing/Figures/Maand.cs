using System.Globalization;

namespace Gateway.Routing.Figures;

/// <summary>A calendar month (yyyy-MM), the time unit of every figure.</summary>
/// <param name="Jaar">The year.</param>
/// <param name="Nummer">The month, 1–12.</param>
public readonly record struct Maand(int Jaar, int Nummer) : IComparable<Maand>
{
    /// <summary>The month a day falls in.</summary>
    public static Maand Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The first day.</summary>
    public DateOnly Begin => new(Jaar, Nummer, 1);

    /// <summary>The last day.</summary>
    public DateOnly Einde => Begin.AddMonths(1).AddDays(-1);

    /// <summary>The next month.</summary>
    public Maand Next => Of(Begin.AddMonths(1));

    /// <summary>Every month from <paramref name="van"/> to <paramref name="tot"/>, both included.</summary>
    public static IEnumerable<Maand> Range(Maand van, Maand tot)
    {
        for (var m = van; m.CompareTo(tot) <= 0; m = m.Next)
        {
            yield return m;
        }
    }

    /// <summary>Parses yyyy-MM; false when the text is not such a month.</summary>
    public static bool TryParse(string? text, out Maand maand)
    {
        maand = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        maand = Of(day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Maand other) => (Jaar * 12) + Nummer - ((other.Jaar * 12) + other.Nummer);

    /// <summary>yyyy-MM.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Jaar:D4}-{Nummer:D2}");
}
