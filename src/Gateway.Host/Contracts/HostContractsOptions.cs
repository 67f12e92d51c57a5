using Gateway.Host.Hosting;
using Gateway.Routing.Contracts;

namespace Gateway.Host.Contracts;

/// <summary>
/// Gateway:Contracts — the region's reference data and contract register for the level-4 rules. Relative paths are
/// resolved against the folder of the configuration file. Leave a path empty to run without those rules.
/// </summary>
public sealed class HostContractsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Contracts";

    /// <summary>The reference directory (gemeenten.json, productcodes/*.json): TR378, TR381.</summary>
    public string? ReferencePath { get; set; }

    /// <summary>The contract register (contracts.json): TR418, CT01–CT03, start/stop by agreement.</summary>
    public string? ContractsFile { get; set; }

    /// <summary>How often the files are looked at for changes.</summary>
    public TimeSpan CheckInterval { get; set; } = ContractsOptions.DefaultCheckInterval;

    /// <summary>TR135: Dagtekening not after today.</summary>
    public bool CheckDagtekening { get; set; } = true;

    /// <summary>Resolves the paths against the configuration file's folder; empty paths become null.</summary>
    internal void ResolvePaths(HostPaths paths)
    {
        ReferencePath = string.IsNullOrWhiteSpace(ReferencePath) ? null : paths.Resolve(ReferencePath);
        ContractsFile = string.IsNullOrWhiteSpace(ContractsFile) ? null : paths.Resolve(ContractsFile);
    }

    /// <summary>What Routing's <see cref="ContractsServiceCollectionExtensions.AddGatewayContracts"/> takes.</summary>
    internal ContractsOptions ToRouting() => new()
    {
        ReferencePath = ReferencePath,
        ContractsFile = ContractsFile,
        CheckInterval = CheckInterval,
        CheckDagtekening = CheckDagtekening,
    };
}
