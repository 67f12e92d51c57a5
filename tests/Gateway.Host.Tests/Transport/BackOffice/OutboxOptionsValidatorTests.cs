using Gateway.Host.Transport.BackOffice;

namespace Gateway.Host.Tests.Transport.BackOffice;

public sealed class OutboxOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded);

    [Fact]
    public void Validate_NoSizeLimitAndTooShortRetention_BothReportedWithTheirFullKeys()
    {
        var result = new OutboxOptionsValidator().Validate(null, new OutboxOptions { MaxFileBytes = 0, HandledFileRetention = TimeSpan.FromMinutes(5) });

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToList();
        Assert.Equal(2, failures.Count);
        Assert.StartsWith("Gateway:Outbox:MaxFileBytes must be between 1 and", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Gateway:Outbox:HandledFileRetention must be at least 01:00:00", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LimitBeyondWhatMemoryCanHold_Refused() =>
        Assert.False(new OutboxOptionsValidator().Validate(null, new OutboxOptions { MaxFileBytes = 3L * 1024 * 1024 * 1024 }).Succeeded);
}
