using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Tests.Declaraties;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_KnownYears_Matches(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2026-01-01")] // Nieuwjaarsdag
    [InlineData("2026-04-06")] // Tweede Paasdag
    [InlineData("2026-04-27")] // Koningsdag
    [InlineData("2025-04-26")] // Koningsdag on the 26th: 27 April 2025 is a Sunday
    [InlineData("2026-05-05")] // Bevrijdingsdag
    [InlineData("2026-05-14")] // Hemelvaartsdag
    [InlineData("2026-05-25")] // Tweede Pinksterdag
    [InlineData("2026-12-25")] // Eerste Kerstdag
    [InlineData("2026-12-26")] // Tweede Kerstdag
    public void IsPublicHoliday_HolidaysOfTheAlgemeneTermijnenwet_True(string day) =>
        Assert.True(WorkingDays.IsPublicHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-04-03")] // Goede Vrijdag is no holiday of the Algemene termijnenwet
    [InlineData("2025-04-27")] // the Sunday Koningsdag moved away from
    [InlineData("2026-04-05")] // Eerste Paasdag: a Sunday anyway, not in the list
    [InlineData("2026-11-10")]
    public void IsPublicHoliday_OtherDays_False(string day) =>
        Assert.False(WorkingDays.IsPublicHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-10", "2026-11-24")] // an ordinary fortnight
    [InlineData("2026-11-13", "2026-11-27")] // received on a Friday
    [InlineData("2026-11-14", "2026-11-27")] // received on a Saturday: Monday is the first working day
    [InlineData("2026-04-02", "2026-04-17")] // Easter: Goede Vrijdag counts, Tweede Paasdag does not
    [InlineData("2026-04-20", "2026-05-06")] // Koningsdag (Mon 27 April) and Bevrijdingsdag (Tue 5 May)
    [InlineData("2026-05-11", "2026-05-27")] // Hemelvaartsdag (Thu 14 May) and Tweede Pinksterdag (Mon 25 May)
    [InlineData("2026-05-18", "2026-06-02")] // Tweede Pinksterdag (Mon 25 May)
    [InlineData("2026-12-21", "2027-01-06")] // Kerstdagen and Nieuwjaarsdag
    public void Add_TenWorkingDays_SkipsWeekendsAndHolidays(string received, string deadline) =>
        Assert.Equal(
            DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            WorkingDays.Add(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), 10));

    [Theory]
    [InlineData("2026-11-24", "2026-11-24", 0)]
    [InlineData("2026-11-20", "2026-11-24", 2)] // Friday → Tuesday: Monday and Tuesday
    [InlineData("2026-11-25", "2026-11-24", -1)]
    [InlineData("2026-12-24", "2027-01-04", 5)] // 28–31 December and 4 January; Christmas and New Year do not count
    public void Between_CountsWorkingDaysAfterToday(string today, string deadline, int expected) =>
        Assert.Equal(expected, WorkingDays.Between(
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture)));
}
