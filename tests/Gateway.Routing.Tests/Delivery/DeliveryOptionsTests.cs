using Gateway.Routing.Delivery;

namespace Gateway.Routing.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(401)]
    public void Validate_RefusedPayloadRetentionNotPositiveOrOverPayloadRetention_NamesTheKey(int days)
    {
        var options = new DeliveryOptions { RefusedPayloadRetention = TimeSpan.FromDays(days) };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Gateway:Delivery:RefusedPayloadRetention", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DefaultRefusedPayloadRetention_SevenDaysAndValid()
    {
        var options = new DeliveryOptions();

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Equal(TimeSpan.FromDays(7), options.RefusedPayloadRetention);
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(41, false)]
    [InlineData(42, true)]
    public void Validate_LeaseDuration_MustCoverTheBulkheadRoundsAndTheRecording(int leaseSeconds, bool valid)
    {
        // Two rounds of 20 s attempts in the bulkhead, and 1 s to record the last.
        var options = new DeliveryOptions { BatchSize = 8, MaxParallelPerDestination = 4, AttemptTimeout = TimeSpan.FromSeconds(20), LeaseDuration = TimeSpan.FromSeconds(leaseSeconds) };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        Assert.Equal(valid, result.Failures?.Any(f => f.StartsWith("Gateway:Delivery:LeaseDuration must exceed", StringComparison.Ordinal) && f.Contains("00:00:41", StringComparison.Ordinal)) != true);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachWithItsFullKey()
    {
        var options = new DeliveryOptions { BatchSize = 0, RefusedPayloadRetention = TimeSpan.Zero, DedupKeyRetention = TimeSpan.FromDays(1) };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
        Assert.All(result.Failures!, f => Assert.StartsWith("Gateway:Delivery:", f, StringComparison.Ordinal));
    }
}
