using Gateway.Routing.Contracts.Rules;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Contracts;

/// <summary>Registers the reference data, the contract register and the level-4 rules; part of AddGatewayRouting.</summary>
internal static class ContractsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the level-4 rules to the pipeline's level-3/4 slot: TR135 always (unless switched off); TR378 and TR381 when
    /// a reference directory is configured; TR418 and the contract rules CT01–CT03 when a contract register is
    /// configured, with the <see cref="IStartStopAgreement"/> TR019 asks about taakgericht 305/307 and the
    /// <see cref="IFundingVariantSource"/> TR321/TR322 count weeks by. Without a register the named null objects answer
    /// (<see cref="NoContracts"/>, <see cref="NoStartStopAgreement"/>, <see cref="UnitFundingVariantSource"/>), so a
    /// gateway without region data behaves as before (and without reference data <see cref="NoReferenceData"/>: every
    /// gemeentecode stands for itself). The files are loaded on first use (a bad file then fails the start) and reloaded
    /// when they change. The steering reports (<see cref="FigureReports"/>) read them too, over the store's
    /// <see cref="IFigureSource"/>. The municipal mergers the reference data knows (<see cref="GemeenteMergers"/>) route
    /// a ceased code to its successor and join their ledger history (<see cref="IGemeenteMergers"/>); they need the
    /// region's <see cref="RoutingTable"/>.
    /// </summary>
    public static IServiceCollection AddGatewayContracts(this IServiceCollection services, ContractsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var statuses = new List<Func<IServiceProvider, ReloadStatus>>();
        if (options.CheckDagtekening)
        {
            services.AddSingleton<ICrossMessageRule, TR135_DagtekeningNietInDeToekomst>();
        }

        if (options.ConfiguredReferencePath is { } referencePath)
        {
            services.AddSingleton(sp => new ReloadingSource<ReferenceData>(
                "reference data " + referencePath,
                () => ReferenceData.FilesIn(referencePath),
                () => ReferenceData.Load(referencePath),
                sp.GetRequiredService<TimeProvider>(),
                options.CheckInterval,
                sp.GetRequiredService<ILogger<ReferenceData>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new TR378_GemeentecodeBijCbs(sp.GetRequiredService<ReloadingSource<ReferenceData>>(), sp.GetRequiredService<IGemeenteMergers>()));
            services.AddSingleton<ICrossMessageRule>(sp => new TR381_ProductCodeBijCategorie(
                sp.GetRequiredService<ReloadingSource<ReferenceData>>(), sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            statuses.Add(sp => sp.GetRequiredService<ReloadingSource<ReferenceData>>().Status);
        }
        else
        {
            services.AddSingleton(sp => NoReferenceData.Source(sp.GetRequiredService<TimeProvider>()));
        }

        if (options.ConfiguredContractsFile is { } contractsFile)
        {
            services.AddSingleton(sp => new ReloadingSource<ContractRegister>(
                "contract register " + contractsFile,
                () => [contractsFile],
                () => ContractRegister.Load(contractsFile).WithMergers(sp.GetRequiredService<IGemeenteMergers>()),
                sp.GetRequiredService<TimeProvider>(),
                options.CheckInterval,
                sp.GetRequiredService<ILogger<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new TR418_ContractTarief(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT01_ProductGecontracteerd(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT02_EenheidPastBijVariant(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT03_TaakgerichtGeenClientberichten(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<IStartStopAgreement>(sp => new ContractStartStopAgreement(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<IFundingVariantSource>(sp => new ContractFundingVariantSource(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            statuses.Add(sp => sp.GetRequiredService<ReloadingSource<ContractRegister>>().Status);
        }
        else
        {
            services.AddSingleton(sp => NoContracts.Source(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IStartStopAgreement, NoStartStopAgreement>();
            services.AddSingleton<IFundingVariantSource, UnitFundingVariantSource>();
        }

        services.AddSingleton(sp => new GemeenteMergers(
            sp.GetRequiredService<ReloadingSource<ReferenceData>>(), sp.GetRequiredService<RoutingTable>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IGemeenteMergers>(sp => sp.GetRequiredService<GemeenteMergers>());
        services.AddSingleton(sp => new FigureReports(
            sp.GetRequiredService<IFigureSource>(),
            sp.GetRequiredService<ReloadingSource<ContractRegister>>(),
            sp.GetRequiredService<ReloadingSource<ReferenceData>>(),
            sp.GetRequiredService<RegionRoutes>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContractsStatus([.. statuses.Select(status => (Func<ReloadStatus>)(() => status(sp)))]));
        return services;
    }
}
