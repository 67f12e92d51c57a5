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

    [Fact]
    public void Validate_SeveralProblems_ReportsEachWithItsFullKey()
    {
        var options = new DeliveryOptions { BatchSize = 0, RefusedPayloadRetention = TimeSpan.Zero, DedupKeyRetention = TimeSpan.FromDays(1) };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
        Assert.All(result.Failures!, f => Assert.StartsWith("Gateway:Delivery:", f, StringComparison.Ordinal));
    }
}
