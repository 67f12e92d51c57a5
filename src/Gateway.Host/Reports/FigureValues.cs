using System.Globalization;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>
/// The values of a report's cells as each writer needs them: whole numbers, fractions, months and labels, and as Dutch
/// text (decimal comma; euros exact as eurocents / 100 with two decimals, days and percentages with one).
/// </summary>
internal static class FigureValues
{
    private static readonly NumberFormatInfo Dutch = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    });

    /// <summary>A count, number of units or eurocents.</summary>
    public static long Whole(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>Days or a percentage.</summary>
    public static decimal Fraction(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    /// <summary>Eurocents as euros, exactly.</summary>
    public static decimal Euros(object value) => Whole(value) / 100m;

    /// <summary>A month as yyyy-MM.</summary>
    public static string Month(object value) => value is Maand maand ? maand.ToString() : Label(value);

    public static string Label(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The value as Dutch text: "1.234,56" (grouped, for a table) or "1234,56" (for a spreadsheet to read), "12,5" for days
    /// and percentages; empty for null.
    /// </summary>
    public static string DutchText(object? value, FigureValueKind kind, bool grouped)
    {
        if (value is null)
        {
            return "";
        }

        return kind switch
        {
            FigureValueKind.Text => Label(value),
            FigureValueKind.Month => Month(value),
            FigureValueKind.Count or FigureValueKind.Units => Whole(value).ToString(grouped ? "#,##0" : "0", Dutch),
            FigureValueKind.Eurocents => Euros(value).ToString(grouped ? "#,##0.00" : "0.00", Dutch),
            FigureValueKind.Days or FigureValueKind.Percent => OneDecimal(value).ToString(grouped ? "#,##0.0" : "0.0", Dutch),
            _ => Label(value),
        };
    }

    /// <summary>Days and percentages as shown: rounded half away from zero to one decimal.</summary>
    public static decimal OneDecimal(object value) => decimal.Round(Fraction(value), 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether a column holds a number (right-aligned in a table, a number in a spreadsheet).</summary>
    public static bool IsNumber(FigureValueKind kind) => kind is not (FigureValueKind.Text or FigureValueKind.Month);
}
