using Gateway.Host.Health;
using Gateway.Routing.Freezes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Tests.Health;

public sealed class HubFreezeHealthCheckTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 18, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_InsideConfiguredWindow_DegradedNamingTheWindowAndItsEnd()
    {
        var time = new FakeTimeProvider(Start.AddHours(-1));
        var window = new FreezeWindow { Name = "release 3.2", Start = Start, End = Start.AddHours(72) };
        var check = new HubFreezeHealthCheck(new FreezeCalendar(new FreezeOptions { Windows = [window] }, time, NullLogger<FreezeCalendar>.Instance));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        time.Advance(TimeSpan.FromHours(2));
        var frozen = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, frozen.Status);
        Assert.Contains("'release 3.2'", frozen.Description, StringComparison.Ordinal);
        Assert.Contains("until 2026-12-21T17:00:00.0000000+00:00", frozen.Description, StringComparison.Ordinal);
    }
}
