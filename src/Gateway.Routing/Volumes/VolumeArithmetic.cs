namespace Gateway.Routing.Volumes;

/// <summary>
/// The standard's volume arithmetic (§4.4; IV076–IV078, TR321, TR322): how much may be declared for a ProductPeriode
/// and over the whole toewijzing. Pure functions over dates; the result is in the allocation's unit.
/// </summary>
public static class VolumeArithmetic
{
    /// <summary>
    /// Maximum volume for one ProductPeriode (TR321). The period is first clipped to the toewijzing; outside it nothing
    /// is allowed. Per week: inspanningsgericht counts calendar (ISO) week numbers touched, outputgericht counts Sundays
    /// (+1 in the period holding the toewijzing's last Sunday when it does not end on a Sunday). Per maand: each month
    /// touched gives the month volume (IV078) unless <paramref name="partialMonth"/> is pro rata. Totaal binnen
    /// geldigheidsduur: the whole volume may fall in any one period (TR322 limits the sum).
    /// </summary>
    public static long AllowedInPeriod(Allocation allocation, DateOnly begin, DateOnly end, FundingVariant variant, PartialMonth partialMonth = PartialMonth.FullVolume)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        var from = Max(begin, allocation.Ingangsdatum);
        var to = allocation.Einddatum is { } einde ? Min(end, einde) : end;
        if (to < from)
        {
            return 0;
        }

        return allocation.Frequentie switch
        {
            Frequenties.PerDag => Days(from, to) * allocation.Volume,
            Frequenties.PerWeek when variant == FundingVariant.Outputgericht => OutputWeeks(allocation, from, to) * allocation.Volume,
            Frequenties.PerWeek => IsoWeeks(from, to) * allocation.Volume,
            Frequenties.PerMaand => MonthVolume(allocation.Volume, from, to, partialMonth),
            Frequenties.TotaalBinnenGeldigheidsduur => allocation.Volume,
            _ => throw new ArgumentException($"Frequentie '{allocation.Frequentie}' is not 1, 2, 4 or 6.", nameof(allocation)),
        };
    }

    /// <summary>
    /// Maximum volume over the whole toewijzing (TR322); null when it is open-ended and the frequency repeats (no limit
    /// until an Einddatum is known). Per week inspanningsgericht: distinct calendar weeks × volume (IV077);
    /// outputgericht: Sundays (+1 when it does not end on a Sunday) × volume.
    /// </summary>
    public static long? AllowedTotal(Allocation allocation, FundingVariant variant, PartialMonth partialMonth = PartialMonth.FullVolume)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        if (allocation.Frequentie == Frequenties.TotaalBinnenGeldigheidsduur)
        {
            return allocation.Volume;
        }

        if (allocation.Einddatum is not { } einde)
        {
            return null;
        }

        var begin = allocation.Ingangsdatum;
        if (einde < begin)
        {
            return 0;
        }

        return allocation.Frequentie switch
        {
            Frequenties.PerDag => Days(begin, einde) * allocation.Volume,
            Frequenties.PerWeek when variant == FundingVariant.Outputgericht =>
                (Sundays(begin, einde) + (einde.DayOfWeek == DayOfWeek.Sunday ? 0 : 1)) * allocation.Volume,
            Frequenties.PerWeek => IsoWeeks(begin, einde) * allocation.Volume,
            Frequenties.PerMaand => MonthVolume(allocation.Volume, begin, einde, partialMonth),
            _ => throw new ArgumentException($"Frequentie '{allocation.Frequentie}' is not 1, 2, 4 or 6.", nameof(allocation)),
        };
    }

    /// <summary>Days from <paramref name="begin"/> to <paramref name="end"/>, both inclusive.</summary>
    public static long Days(DateOnly begin, DateOnly end) => end < begin ? 0 : end.DayNumber - begin.DayNumber + 1;

    /// <summary>Distinct ISO week numbers touched by the inclusive range (Monday starts a week).</summary>
    public static long IsoWeeks(DateOnly begin, DateOnly end)
    {
        if (end < begin)
        {
            return 0;
        }

        // Every Monday after the first day opens a new week.
        var firstMonday = begin.AddDays(((int)DayOfWeek.Monday - (int)begin.DayOfWeek + 7) % 7);
        if (firstMonday == begin)
        {
            firstMonday = begin.AddDays(7);
        }

        return 1 + (firstMonday > end ? 0 : ((end.DayNumber - firstMonday.DayNumber) / 7) + 1);
    }

    /// <summary>Sundays in the inclusive range.</summary>
    public static long Sundays(DateOnly begin, DateOnly end)
    {
        if (end < begin)
        {
            return 0;
        }

        var firstSunday = begin.AddDays((7 - (int)begin.DayOfWeek) % 7);
        return firstSunday > end ? 0 : ((end.DayNumber - firstSunday.DayNumber) / 7) + 1;
    }

    /// <summary>Calendar months touched by the inclusive range.</summary>
    public static long Months(DateOnly begin, DateOnly end) =>
        end < begin ? 0 : ((end.Year - begin.Year) * 12) + end.Month - begin.Month + 1;

    /// <summary>
    /// True when a declared volume fits an allowance in the allocation's unit; minutes fit an hourly allowance
    /// (TR341: minutes may be declared against hours). Null when the units cannot be compared (TR341 rejects those).
    /// </summary>
    public static bool? FitsWithin(long declared, string declaredEenheid, long allowed, string allocationEenheid)
    {
        if (declaredEenheid == allocationEenheid)
        {
            return declared <= allowed;
        }

        if (declaredEenheid == Eenheden.Minuut && allocationEenheid == Eenheden.Uur)
        {
            return declared <= allowed * 60;
        }

        return null;
    }

    private static long OutputWeeks(Allocation allocation, DateOnly from, DateOnly to)
    {
        var count = Sundays(from, to);
        if (allocation.Einddatum is { } einde && einde.DayOfWeek != DayOfWeek.Sunday)
        {
            // The broken last week is paid in the period holding the toewijzing's last Sunday; a toewijzing without any
            // Sunday has its one week in the period holding its Einddatum.
            var lastSunday = einde.AddDays(-(int)einde.DayOfWeek);
            var anchor = lastSunday >= allocation.Ingangsdatum ? lastSunday : einde;
            if (anchor >= from && anchor <= to)
            {
                count++;
            }
        }

        return count;
    }

    private static long MonthVolume(long volume, DateOnly from, DateOnly to, PartialMonth partialMonth)
    {
        if (partialMonth == PartialMonth.FullVolume)
        {
            return Months(from, to) * volume;
        }

        long total = 0;
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var days = Days(Max(month, from), Min(monthEnd, to));
            total += volume * days / DateTime.DaysInMonth(month.Year, month.Month);
        }

        return total;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
