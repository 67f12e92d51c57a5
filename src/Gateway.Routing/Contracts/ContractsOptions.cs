namespace Gateway.Routing.Contracts;

/// <summary>
/// Gateway:Contracts — the region's reference data and contract register for the level-4 rules. The Host resolves
/// relative paths against the folder of the configuration file; an empty path runs without those rules.
/// </summary>
public sealed class ContractsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Contracts";

    /// <summary>Default interval between looks at the files' timestamps.</summary>
    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>The reference directory (gemeenten.json, productcodes/*.json); empty: TR378/TR381 are not run.</summary>
    public string? ReferencePath { get; set; }

    /// <summary>The contract register (contracts.json); empty: TR418, CT01–CT03 and ceilings are not run (<see cref="NoContracts"/>).</summary>
    public string? ContractsFile { get; set; }

    /// <summary>How often the files are looked at for changes (on use); zero looks on every use.</summary>
    public TimeSpan CheckInterval { get; set; } = DefaultCheckInterval;

    /// <summary>Run TR135 (Dagtekening not after the system date); it needs no files.</summary>
    public bool CheckDagtekening { get; set; } = true;

    /// <summary>The reference directory, or null when none is configured.</summary>
    public string? ConfiguredReferencePath => string.IsNullOrWhiteSpace(ReferencePath) ? null : ReferencePath;

    /// <summary>The contract register file, or null when none is configured.</summary>
    public string? ConfiguredContractsFile => string.IsNullOrWhiteSpace(ContractsFile) ? null : ContractsFile;
}
