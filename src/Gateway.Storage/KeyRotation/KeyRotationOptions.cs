namespace Gateway.Storage.KeyRotation;

/// <summary>How the key rotation sweep works through the store. Bound from configuration section "Storage:KeyRotation" (under "Gateway").</summary>
public sealed record KeyRotationOptions
{
    /// <summary>The configuration section name, relative to the gateway's root section.</summary>
    public const string SectionName = "Storage:KeyRotation";

    /// <summary>The full key of the section, for messages.</summary>
    public const string FullSectionName = "Gateway:" + SectionName;

    /// <summary>Default rows per batch: each batch is one short write transaction.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Default batches per run of the background sweep, so a large rotation never holds the store for long.</summary>
    public const int DefaultBatchesPerSweep = 50;

    /// <summary>Largest batch allowed: larger batches would hold the write lock too long for the gateway beside them.</summary>
    public const int MaxBatchSize = 5_000;

    /// <summary>Rows re-encrypted or re-hashed in one short transaction.</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Batches one run of the background sweep does at most before it yields until its next run.</summary>
    public int BatchesPerSweep { get; set; } = DefaultBatchesPerSweep;

    /// <summary>Whether the running gateway moves rows to the current keys in the background (the CLI verb works either way).</summary>
    public bool Background { get; set; } = true;

    /// <summary>Everything an operator must fix, each with its full configuration key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            problems.Add($"{FullSectionName}:BatchSize is {BatchSize}: use a number of rows from 1 to {MaxBatchSize} (default {DefaultBatchSize}); each batch holds the store's write lock while it runs.");
        }

        if (BatchesPerSweep < 1)
        {
            problems.Add($"{FullSectionName}:BatchesPerSweep is {BatchesPerSweep}: use 1 or more (default {DefaultBatchesPerSweep}); to stop the background sweep set {FullSectionName}:Background to false.");
        }

        return problems;
    }
}
