using Gateway.Routing.Contracts.Rules;

namespace Gateway.Routing.Ledger;

/// <summary>
/// Every level-3/4 rule class of the gateway, whether or not a configuration switches it on: the ledger rules as
/// <see cref="LedgerServiceCollectionExtensions.AddGatewayLedgerRules"/> finds them, and the level-4 rules of the
/// contracts folder (registered by AddGatewayContracts when their files are configured). For explaining codes.
/// </summary>
public static class CrossMessageRuleTypes
{
    /// <summary>The rule classes, level-3 ones first, each group by name.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        .. LedgerServiceCollectionExtensions.LedgerRuleTypes,
        .. typeof(TR418_ContractTarief).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(TR418_ContractTarief).Namespace && typeof(ICrossMessageRule).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];
}
