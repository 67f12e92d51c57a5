using Gateway.Routing.Delivery;
using Gateway.Routing.Retry;

namespace Gateway.Routing.Tests.Retry;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryFailure Unavailable = DeliveryFailure.Transient("HTTP 503");

    [Fact]
    public void Ceiling_GrowsExponentiallyFromBaseToCap()
    {
        var schedule = new RetrySchedule(new RetryOptions());

        Assert.Equal(TimeSpan.FromMinutes(5), schedule.Ceiling(1));
        Assert.Equal(TimeSpan.FromMinutes(10), schedule.Ceiling(2));
        Assert.Equal(TimeSpan.FromMinutes(80), schedule.Ceiling(5));
        Assert.Equal(TimeSpan.FromMinutes(160), schedule.Ceiling(6));
        Assert.Equal(TimeSpan.FromHours(3), schedule.Ceiling(7));
        Assert.Equal(TimeSpan.FromHours(3), schedule.Ceiling(1000));
    }

    [Fact]
    public void Decide_Transient_WaitIsAFractionOfTheCeiling()
    {
        var schedule = new RetrySchedule(new RetryOptions(), () => 0.5);

        var decision = schedule.Decide(Unavailable, 3, Created, Created.AddHours(1));

        Assert.Equal(Created.AddHours(1).AddMinutes(10), decision.NextAttemptAt);
    }

    [Fact]
    public void Decide_FullJitter_StaysWithinZeroAndTheCeiling()
    {
        var schedule = new RetrySchedule(new RetryOptions());
        var now = Created.AddMinutes(1);

        for (var i = 0; i < 200; i++)
        {
            var next = schedule.Decide(Unavailable, 2, Created, now).NextAttemptAt!.Value;
            Assert.InRange(next - now, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        }
    }

    [Fact]
    public void Decide_Permanent_DeadLetteredAtOnce()
    {
        var schedule = new RetrySchedule(new RetryOptions());

        var decision = schedule.Decide(DeliveryFailure.Permanent("HTTP 400"), 1, Created, Created);

        Assert.True(decision.IsDeadLetter);
        Assert.Contains("HTTP 400", decision.DeadLetterReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HorizonPassed_DeadLettered()
    {
        var schedule = new RetrySchedule(new RetryOptions(), () => 0.99);

        var decision = schedule.Decide(Unavailable, 17, Created, Created.AddHours(48));

        Assert.True(decision.IsDeadLetter);
        Assert.Contains("horizon", decision.DeadLetterReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NearTheHorizon_LastAttemptFallsOnTheHorizon()
    {
        var schedule = new RetrySchedule(new RetryOptions(), () => 0.99);

        var decision = schedule.Decide(Unavailable, 16, Created, Created.AddHours(47));

        Assert.Equal(Created.AddHours(48), decision.NextAttemptAt);
    }

    [Fact]
    public void Options_HorizonShorterThanCap_RefusedWithAnOperatorMessage()
    {
        var options = new RetryOptions { MaxDelay = TimeSpan.FromHours(3), Horizon = TimeSpan.FromHours(1) };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new RetrySchedule(options));

        Assert.Contains("Gateway:Retry:Horizon", error.Message, StringComparison.Ordinal);
    }
}
