using Gateway.Routing.Ledger.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Ledger;

/// <summary>Registers the level-3 rules that read the ledger.</summary>
public static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// Adds every level-3 ledger rule (every rule class of <c>Gateway.Routing.Ledger.Rules</c>, found as the level-2 rules
    /// are) as an <see cref="ICrossMessageRule"/> for the pipeline's CheckLedger step. The store that keeps the ledger
    /// calls it; the rules need its <see cref="ILedgerReader"/> and Routing's <see cref="IStartStopAgreement"/> and
    /// <see cref="IFundingVariantSource"/>.
    /// </summary>
    public static IServiceCollection AddGatewayLedgerRules(this IServiceCollection services)
    {
        foreach (var rule in LedgerRuleTypes)
        {
            services.AddSingleton(typeof(ICrossMessageRule), rule);
        }

        return services;
    }

    /// <summary>The level-3 rule classes, by name.</summary>
    internal static IReadOnlyList<Type> LedgerRuleTypes { get; } =
        [.. typeof(LedgerRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(LedgerRule).Namespace && typeof(ICrossMessageRule).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
}
