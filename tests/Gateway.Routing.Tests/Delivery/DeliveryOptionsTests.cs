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

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Contains("Gateway:Delivery:RefusedPayloadRetention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultRefusedPayloadRetention_SevenDaysAndValid()
    {
        var options = new DeliveryOptions();

        options.Validate();

        Assert.Equal(TimeSpan.FromDays(7), options.RefusedPayloadRetention);
    }
}
