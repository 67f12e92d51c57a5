using Gateway.Routing.Volumes;

namespace Gateway.Routing.Figures;

/// <summary>
/// The part of an effort allocation that falls in one month: what the standard allows in the month's part of the
/// toewijzing (<see cref="VolumeArithmetic.AllowedInPeriod"/>). A total for the whole period (frequentie 6) is spread
/// over its days instead, whole units, the rounding carried to the last month so the months add up to the total; an
/// open-ended total counts in its first month.
/// </summary>
internal static class AllocationSpread
{
    /// <summary>The units allocated in the month; null for a frequentie the standard does not know.</summary>
    public static long? InMonth(Allocation allocation, FundingVariant variant, Maand maand)
    {
        switch (allocation.Frequentie)
        {
            case Frequenties.TotaalBinnenGeldigheidsduur:
                return TotalInMonth(allocation, maand);
            case Frequenties.PerDag or Frequenties.PerWeek or Frequenties.PerMaand:
                return VolumeArithmetic.AllowedInPeriod(allocation, maand.Begin, maand.Einde, variant);
            default:
                return null;
        }
    }

    private static long TotalInMonth(Allocation allocation, Maand maand)
    {
        if (allocation.Einddatum is not { } einde)
        {
            return maand == Maand.Of(allocation.Ingangsdatum) ? allocation.Volume : 0;
        }

        var days = VolumeArithmetic.Days(allocation.Ingangsdatum, einde);
        if (days == 0)
        {
            return 0;
        }

        // Cumulative shares rounded down: each month gets the growth of the running total, so nothing is lost or doubled.
        long Through(DateOnly day) => allocation.Volume * VolumeArithmetic.Days(allocation.Ingangsdatum, day < einde ? day : einde) / days;
        return Through(maand.Einde) - Through(maand.Begin.AddDays(-1));
    }
}
