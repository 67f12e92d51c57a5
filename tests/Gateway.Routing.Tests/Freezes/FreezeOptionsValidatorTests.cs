using Gateway.Routing.Freezes;

namespace Gateway.Routing.Tests.Freezes;

public sealed class FreezeOptionsValidatorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 14, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Validate_Defaults_NoWindowsAndValid()
    {
        var options = new FreezeOptions();

        Assert.True(new FreezeOptionsValidator().Validate(null, options).Succeeded);
        Assert.Empty(options.Windows);
    }

    [Fact]
    public void Validate_EveryProblem_ReportedAtOnceWithItsFullKey()
    {
        var options = new FreezeOptions
        {
            Windows =
            [
                new FreezeWindow { Start = Monday },
                new FreezeWindow { Start = Monday.AddDays(3), End = Monday.AddDays(2) },
                new FreezeWindow { Start = Monday.AddDays(5), End = Monday.AddDays(8) },
                new FreezeWindow { Start = Monday.AddDays(7), End = Monday.AddDays(9) },
            ],
            ProbeInterval = TimeSpan.Zero,
        };

        var failures = new FreezeOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(4, failures.Count);
        Assert.StartsWith("Gateway:Freezes:Windows:0 needs both Start and End", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Gateway:Freezes:Windows:1:End", failures[1], StringComparison.Ordinal);
        Assert.StartsWith("Gateway:Freezes:Windows:3 overlaps Gateway:Freezes:Windows:2", failures[2], StringComparison.Ordinal);
        Assert.StartsWith("Gateway:Freezes:ProbeInterval must be a positive time span", failures[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LearnedMaximumShorterThanProbeInterval_NamesBothKeys()
    {
        var options = new FreezeOptions { ProbeInterval = TimeSpan.FromHours(1), LearnedMaximum = TimeSpan.FromMinutes(30) };

        var failure = Assert.Single(new FreezeOptionsValidator().Validate(null, options).Failures!);

        Assert.StartsWith("Gateway:Freezes:LearnedMaximum must be at least Gateway:Freezes:ProbeInterval", failure, StringComparison.Ordinal);
    }
}
