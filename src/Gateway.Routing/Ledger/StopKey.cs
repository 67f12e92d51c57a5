using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>The logical key of a StopProduct (3.2): the start's key plus RedenBeeindiging and Einddatum.</summary>
public sealed record StopKey(StartKey Start, string RedenBeeindiging, DateOnly Einddatum)
{
    /// <summary>RedenBeeindiging 20: a temporary stop; any other reason ends delivery definitively.</summary>
    public const string TijdelijkeStop = "20";

    /// <summary>True for a temporary stop.</summary>
    public bool IsTemporary => RedenBeeindiging == TijdelijkeStop;

    /// <summary>The key of a StopProduct.</summary>
    public static StopKey Of(StopProduct stop) => new(StartKey.Of(stop), stop.RedenBeeindiging, stop.Einddatum);
}
