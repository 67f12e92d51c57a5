using Gateway.Routing.Contracts.Rules;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Contracts;

/// <summary>Where the region's reference data and contract register live; usually bound from configuration.</summary>
public sealed record ContractsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Contracts";

    /// <summary>Default interval between looks at the files' timestamps.</summary>
    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>The reference directory (gemeenten.json, productcodes/*.json); null: TR378/TR381 are not run.</summary>
    public string? ReferencePath { get; init; }

    /// <summary>The contract register (contracts.json); null: TR418 and the contract rules are not run.</summary>
    public string? ContractsFile { get; init; }

    /// <summary>How often the files are looked at for changes (on use); zero looks on every use.</summary>
    public TimeSpan CheckInterval { get; init; } = DefaultCheckInterval;

    /// <summary>Run TR135 (Dagtekening not after the system date); it needs no files.</summary>
    public bool CheckDagtekening { get; init; } = true;

    /// <summary>Throws with a message that tells the operator what to fix.</summary>
    public void Validate()
    {
        if (ReferencePath is not null && !File.Exists(Path.Combine(ReferencePath, ReferenceData.GemeentenFile)))
        {
            throw new InvalidOperationException($"Contracts:ReferencePath '{ReferencePath}' has no {ReferenceData.GemeentenFile}; point it at the region's reference directory or leave it empty.");
        }

        if (ContractsFile is not null && !File.Exists(ContractsFile))
        {
            throw new InvalidOperationException($"Contracts:ContractsFile '{ContractsFile}' does not exist; point it at the region's contracts.json or leave it empty.");
        }

        if (CheckInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Contracts:CheckInterval cannot be negative.");
        }
    }
}

/// <summary>The reload state of the region's files, for operators (health, summary).</summary>
public sealed class ContractsStatus(ReloadingSource<ReferenceData>? reference, ReloadingSource<ContractRegister>? contracts)
{
    /// <summary>One status per configured source; a stale one has a LastError and runs on its previous version.</summary>
    public IReadOnlyList<ReloadStatus> Sources =>
        [.. new[] { reference?.Status, contracts?.Status }.Where(s => s is not null).Select(s => s!)];
}

/// <summary>Registers the reference data, the contract register and the level-4 rules.</summary>
public static class ContractsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the level-4 rules to the pipeline's level-3/4 slot: TR135 always (unless switched off); TR378 and TR381 when
    /// a reference directory is configured; TR418 and the contract rules CT01–CT03 when a contract register is
    /// configured, and then also the <see cref="IStartStopAgreement"/> TR019 asks about taakgericht 305/307 and the
    /// <see cref="IFundingVariantSource"/> TR321/TR322 count weeks by. Without files
    /// those rules are simply absent, so a gateway without region data behaves as before.
    /// The files are loaded on first use (a bad file then fails the start) and reloaded when they change.
    /// </summary>
    public static IServiceCollection AddGatewayContracts(this IServiceCollection services, ContractsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);

        if (options.ReferencePath is { } referencePath)
        {
            services.AddSingleton(sp => new ReloadingSource<ReferenceData>(
                "reference data " + referencePath,
                () => ReferenceData.FilesIn(referencePath),
                () => ReferenceData.Load(referencePath),
                sp.GetRequiredService<TimeProvider>(),
                options.CheckInterval,
                Logger(sp)));
        }

        if (options.ContractsFile is { } contractsFile)
        {
            services.AddSingleton(sp => new ReloadingSource<ContractRegister>(
                "contract register " + contractsFile,
                () => [contractsFile],
                () => ContractRegister.Load(contractsFile),
                sp.GetRequiredService<TimeProvider>(),
                options.CheckInterval,
                Logger(sp)));
        }

        services.AddSingleton(sp => new ContractsStatus(sp.GetService<ReloadingSource<ReferenceData>>(), sp.GetService<ReloadingSource<ContractRegister>>()));

        if (options.CheckDagtekening)
        {
            services.AddSingleton<ICrossMessageRule, TR135_DagtekeningNietInDeToekomst>();
        }

        if (options.ReferencePath is not null)
        {
            services.AddSingleton<ICrossMessageRule>(sp => new TR378_GemeentecodeBijCbs(sp.GetRequiredService<ReloadingSource<ReferenceData>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new TR381_ProductCodeBijCategorie(
                sp.GetRequiredService<ReloadingSource<ReferenceData>>(), sp.GetService<ReloadingSource<ContractRegister>>()));
        }

        if (options.ContractsFile is not null)
        {
            services.AddSingleton<ICrossMessageRule>(sp => new TR418_ContractTarief(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT01_ProductGecontracteerd(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT02_EenheidPastBijVariant(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));
            services.AddSingleton<ICrossMessageRule>(sp => new CT03_TaakgerichtGeenClientberichten(sp.GetRequiredService<ReloadingSource<ContractRegister>>()));

            // Wins over the ledger's NoStartStopAgreement whichever of AddGatewayLedger/AddGatewayContracts runs first.
            services.Replace(ServiceDescriptor.Singleton<IStartStopAgreement>(sp => new ContractStartStopAgreement(sp.GetRequiredService<ReloadingSource<ContractRegister>>())));
            services.Replace(ServiceDescriptor.Singleton<IFundingVariantSource>(sp => new ContractFundingVariantSource(sp.GetRequiredService<ReloadingSource<ContractRegister>>())));
        }

        return services;
    }

    private static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("Gateway.Routing.Contracts") ?? NullLogger.Instance;
}
