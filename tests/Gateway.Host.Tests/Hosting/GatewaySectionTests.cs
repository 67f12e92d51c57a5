using Gateway.Host.Hosting;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Freezes;
using Gateway.Routing.Retry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Hosting;

public sealed class GatewaySectionTests
{
    [Theory]
    [InlineData(null, AntwoordBeleid.Direct)]
    [InlineData("Direct", AntwoordBeleid.Direct)]
    [InlineData("HoldRejectedLines", AntwoordBeleid.HoldRejectedLines)]
    public void Declaraties_Antwoord_BoundFromItsSection(string? value, AntwoordBeleid expected)
    {
        using var provider = Compose(new() { ["Gateway:Declaraties:Antwoord"] = value });

        var options = provider.GetRequiredService<IOptions<DeclaratieAntwoordOptions>>().Value;

        Assert.Equal(expected, options.Antwoord);
        Assert.Equal(10, options.TermijnWerkdagen);
        Assert.Empty(Problems(provider));
    }

    [Theory]
    [InlineData("Later")]
    [InlineData("HoldCeilingHits")]
    public void Declaraties_UnknownAntwoord_OneProblemNamingTheKeyAndTheChoices(string value)
    {
        using var provider = Compose(new() { ["Gateway:Declaraties:Antwoord"] = value });

        var problem = Assert.Single(Problems(provider));

        Assert.Equal($"Gateway:Declaraties:Antwoord: '{value}' is not one of Direct, HoldRejectedLines.", problem);
    }

    [Fact]
    public void Retry_ValuesThatDoNotConvert_EachReportedWithItsKeyAndForm()
    {
        using var provider = Compose(new() { ["Gateway:Retry:BaseDelay"] = "banana", ["Gateway:Retry:Horizon"] = "two days" });

        var problems = Problems(provider);

        Assert.Equal(2, problems.Count);
        Assert.Contains("Gateway:Retry:BaseDelay: 'banana' is not a time span like 00:05:00 (hh:mm:ss, or d.hh:mm:ss for days).", problems);
        Assert.Contains(problems, p => p.StartsWith("Gateway:Retry:Horizon: 'two days' is not a time span", StringComparison.Ordinal));
    }

    [Fact]
    public void Retry_ValuesThatBindButMakeNoSense_ValidatorProblemWithTheFullKey()
    {
        using var provider = Compose(new() { ["Gateway:Retry:BaseDelay"] = "-00:01:00" });

        var problem = Assert.Single(Problems(provider));

        Assert.StartsWith("Gateway:Retry:BaseDelay must be a positive time span", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Freezes_Windows_BoundFromItsSection()
    {
        using var provider = Compose(new()
        {
            ["Gateway:Freezes:Windows:0:Name"] = "release 3.2",
            ["Gateway:Freezes:Windows:0:Start"] = "2026-12-18T18:00:00+01:00",
            ["Gateway:Freezes:Windows:0:End"] = "2026-12-21T18:00:00+01:00",
            ["Gateway:Freezes:ProbeInterval"] = "00:30:00",
        });

        var options = provider.GetRequiredService<IOptions<FreezeOptions>>().Value;

        var window = Assert.Single(options.Windows);
        Assert.Equal(("release 3.2", TimeSpan.FromHours(72)), (window.Name, window.End!.Value - window.Start!.Value));
        Assert.Equal(TimeSpan.FromMinutes(30), options.ProbeInterval);
        Assert.Empty(Problems(provider));
    }

    [Fact]
    public void Freezes_WindowEndingBeforeItStarts_ProblemWithTheFullKey()
    {
        using var provider = Compose(new()
        {
            ["Gateway:Freezes:Windows:0:Start"] = "2026-12-21T18:00:00+01:00",
            ["Gateway:Freezes:Windows:0:End"] = "2026-12-18T18:00:00+01:00",
        });

        var problem = Assert.Single(Problems(provider));

        Assert.StartsWith("Gateway:Freezes:Windows:0:End", problem, StringComparison.Ordinal);
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGatewaySection<DeclaratieAntwoordOptions, DeclaratieAntwoordOptionsValidator>(DeclaratieAntwoordOptions.SectionName);
        services.AddGatewaySection<RetryOptions, RetryOptionsValidator>(RetryOptions.SectionName);
        services.AddGatewaySection<FreezeOptions, FreezeOptionsValidator>(FreezeOptions.SectionName);
        return services.BuildServiceProvider();
    }

    private static IReadOnlyList<string> Problems(ServiceProvider provider) =>
        GatewayConfigurationCheck.Problems(provider, provider.GetRequiredService<IConfiguration>());
}
