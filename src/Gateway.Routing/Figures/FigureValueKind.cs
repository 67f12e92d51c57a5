namespace Gateway.Routing.Figures;

/// <summary>What a column holds, which decides how it is written (and whether a small cell suppresses it).</summary>
public enum FigureValueKind
{
    /// <summary>A label: gemeente, aanbieder, product, variant, retourcode, rule (a string).</summary>
    Text,

    /// <summary>A month (a <see cref="Maand"/>).</summary>
    Month,

    /// <summary>A count of clients, toewijzingen, messages (a long).</summary>
    Count,

    /// <summary>An amount in eurocents, exact (a long).</summary>
    Eurocents,

    /// <summary>A number of units (a long; the unit is in another column).</summary>
    Units,

    /// <summary>A number of days (a decimal, e.g. an average).</summary>
    Days,

    /// <summary>A share in percent (a decimal).</summary>
    Percent,
}
