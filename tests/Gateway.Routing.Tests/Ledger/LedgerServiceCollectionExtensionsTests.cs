using System.Text.RegularExpressions;
using Gateway.Routing.Ledger;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Ledger;

public sealed partial class LedgerServiceCollectionExtensionsTests
{
    [Fact]
    public void LedgerRuleTypes_EveryRuleClassOfTheFolder_DiscoveredAndNothingElse()
    {
        var folder = Path.Combine(Path.GetDirectoryName(RepoPaths.Schemas)!, "src", "Gateway.Routing", "Ledger", "Rules");
        var declared = Directory.GetFiles(folder, "*.cs")
            .SelectMany(file => RuleClass().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(declared.Count > 50, $"only {declared.Count} rule classes found in {folder}");
        Assert.Equal(declared, LedgerServiceCollectionExtensions.LedgerRuleTypes.Select(t => t.Name));
    }

    [Fact]
    public async Task AddGatewayLedgerRules_EveryRuleLevel3WithTheCodeOfItsClassName()
    {
        await using var gateway = await TestGateway.StartAsync(ledger: true);

        var rules = gateway.Services.GetServices<ICrossMessageRule>().Where(r => r.Level == 3).ToList();

        Assert.Equal(LedgerServiceCollectionExtensions.LedgerRuleTypes.Count, rules.Count);
        Assert.All(rules, rule => Assert.Equal(rule.GetType().Name.Split('_')[0], rule.Code.Split(' ')[0]));
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"sealed class ((?:TR|OP)[0-9]{3}_\w+)\b")]
    private static partial Regex RuleClass();
}
