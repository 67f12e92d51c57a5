using System.Text.Json;

namespace Gateway.Bench.Figures.Generate;

/// <summary>What a generation produced, written beside the store when it finished; the measure phase quotes it.</summary>
internal sealed record GenerationManifest
{
    public required int Clients { get; init; }

    public required int Providers { get; init; }

    public required int Seed { get; init; }

    public required int Contracts { get; init; }

    public required int Ceilings { get; init; }

    public required long PlannedMessages { get; init; }

    public required long Declaraties { get; init; }

    public required long PlannedPrestaties { get; init; }

    /// <summary>Messages through the gateway (planned ones plus the providers' 302s).</summary>
    public required long GatewayMessages { get; init; }

    public required long UnexpectedOutcomes { get; init; }

    public required double PlanSeconds { get; init; }

    public required double SendSeconds { get; init; }

    /// <summary>The gateway clock when the last message was sent; the measure phase runs at that moment.</summary>
    public required DateTimeOffset ClockAtEnd { get; init; }

    public required int SchemaVersion { get; init; }

    /// <summary>Rows per table of the store when the generation ended.</summary>
    public required IReadOnlyDictionary<string, long> Tables { get; init; }

    public required long DatabaseBytes { get; init; }

    public required string Tally { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public void Write(string file) => File.WriteAllText(file, JsonSerializer.Serialize(this, Options));

    public static GenerationManifest Read(string file) =>
        JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(file)) ?? throw new InvalidOperationException($"{file} holds no generation manifest.");
}
