namespace Gateway.Routing.Volumes;

/// <summary>The volume part of a toewijzing: Omvang (Volume, Eenheid, Frequentie) and its period.</summary>
/// <param name="Volume">Volume per frequency unit; eurocents when Eenheid is 83.</param>
/// <param name="Eenheid">LDT_Eenheid, e.g. "04" uur.</param>
/// <param name="Frequentie">LDT_Frequentie: "1" per dag, "2" per week, "4" per maand, "6" totaal binnen geldigheidsduur.</param>
/// <param name="Ingangsdatum">First day of the toewijzing.</param>
/// <param name="Einddatum">Last day (inclusive); null when open-ended.</param>
public sealed record Allocation(long Volume, string Eenheid, string Frequentie, DateOnly Ingangsdatum, DateOnly? Einddatum)
{
    /// <summary>The allocation of a toewijzing's Omvang and period.</summary>
    public static Allocation Of(Gateway.Messages.Model.Omvang omvang, DateOnly ingangsdatum, DateOnly? einddatum)
    {
        ArgumentNullException.ThrowIfNull(omvang);
        return new(omvang.Volume, omvang.Eenheid, omvang.Frequentie, ingangsdatum, einddatum);
    }
}
