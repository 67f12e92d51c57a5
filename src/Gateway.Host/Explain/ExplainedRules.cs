using Gateway.Routing.Contracts;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;

namespace Gateway.Host.Explain;

/// <summary>
/// Every level-3/4 rule class (<see cref="CrossMessageRuleTypes"/>), built over the named null objects so that their codes,
/// retourcodes and texts can be read without a store or region files. Nothing is checked with them.
/// </summary>
internal static class ExplainedRules
{
    public static IReadOnlyList<ICrossMessageRule> Build(TimeProvider time)
    {
        var services = new ServiceCollection();
        var ledger = new NoLedger();
        services.AddSingleton<ILedgerReader>(ledger);
        services.AddSingleton<IStartStopAgreement, NoStartStopAgreement>();
        services.AddSingleton<IFundingVariantSource, UnitFundingVariantSource>();
        services.AddSingleton(NoContracts.Source(time));
        services.AddSingleton(NoReferenceData.Source(time));
        services.AddSingleton<IGemeenteMergers>(NoGemeenteMergers.Instance);
        using var provider = services.BuildServiceProvider();
        return [.. CrossMessageRuleTypes.All.Select(type => (ICrossMessageRule)ActivatorUtilities.CreateInstance(provider, type))];
    }
}
