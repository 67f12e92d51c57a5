using Gateway.Host.Operators;
using Gateway.Host.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Operators;

public class OperatorsOptionsValidatorTests
{
    private static readonly RegionOptions Region = new() { Gemeenten = [new GemeenteOptions { Code = "0363" }] };

    [Fact]
    public void Validate_GoodAccounts_Succeeds()
    {
        var result = Validate(new OperatorOptions { Name = "beheer", ApiKey = new string('k', 20), Gemeenten = ["0363"] });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ShortKeyUnknownGemeenteNoName_SaysWhatToFix()
    {
        var result = Validate(new OperatorOptions { Name = "", ApiKey = "short", Gemeenten = ["0999"] });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.Contains("Accounts:0:Name", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("ApiKey must be at least 16", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("0999", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SharedKey_Refused()
    {
        var key = new string('k', 20);

        var result = Validate(new OperatorOptions { Name = "a", ApiKey = key, Gemeenten = ["*"] }, new OperatorOptions { Name = "b", ApiKey = key, Gemeenten = ["*"] });

        Assert.Contains(result.Failures!, f => f.Contains("used by another operator", StringComparison.Ordinal));
    }

    private static ValidateOptionsResult Validate(params OperatorOptions[] accounts) =>
        new OperatorsOptionsValidator(Options.Create(Region)).Validate(null, new OperatorsOptions { Accounts = [.. accounts] });
}
