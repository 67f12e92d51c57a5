namespace Gateway.Routing.Declaraties;

/// <summary>
/// Dutch working days ("werkdagen") for the deadlines of the standard: Monday to Friday, except the public holidays
/// the Algemene termijnenwet recognises — Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April; 26 April when the 27th
/// is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede Kerstdag.
/// </summary>
public static class WorkingDays
{
    /// <summary>True on a Monday–Friday that is no public holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>True on one of the holidays of the Algemene termijnenwet (whatever the weekday).</summary>
    public static bool IsPublicHoliday(DateOnly day)
    {
        var easter = EasterSunday(day.Year);
        var koningsdag = new DateOnly(day.Year, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        return (day.Month, day.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26)
            || day == koningsdag
            || day == easter.AddDays(1)
            || day == easter.AddDays(39)
            || day == easter.AddDays(50);
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The day that is <paramref name="count"/> working days after <paramref name="start"/> (the start itself does not count).</summary>
    public static DateOnly Add(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    /// <summary>
    /// Working days from <paramref name="today"/> to <paramref name="deadline"/>: the working days after today up to and
    /// including the deadline; 0 on the deadline itself; negative (working days overdue) after it.
    /// </summary>
    public static int Between(DateOnly today, DateOnly deadline)
    {
        var (from, to, sign) = today <= deadline ? (today, deadline, 1) : (deadline, today, -1);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }
}
