using Gateway.Storage.KeyRotation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Storage.Tests.KeyRotation;

public sealed class KeyRotationOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems() =>
        Assert.Empty(new KeyRotationOptions().Validate());

    [Fact]
    public void Validate_EverySettingWrong_EveryProblemAtOnceWithItsFullKey()
    {
        var problems = new KeyRotationOptions { BatchSize = KeyRotationOptions.MaxBatchSize + 1, BatchesPerSweep = 0 }.Validate();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("Gateway:Storage:KeyRotation:BatchSize is 5001", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Gateway:Storage:KeyRotation:BatchesPerSweep is 0", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AddGatewayStorage_BadRotationOptions_FailValidation()
    {
        using var services = new ServiceCollection()
            .AddGatewayStorage()
            .Configure<KeyRotationOptions>(o => o.BatchSize = 0)
            .BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KeyRotationOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains("Gateway:Storage:KeyRotation:BatchSize", StringComparison.Ordinal));
    }
}
