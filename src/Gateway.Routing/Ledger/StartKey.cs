using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>The logical key of a StartProduct: ToewijzingNummer (empty for taakgericht), Product and Begindatum.</summary>
public sealed record StartKey(long? ToewijzingNummer, Product? Product, DateOnly Begindatum)
{
    /// <summary>The key of a StartProduct.</summary>
    public static StartKey Of(StartProduct start) => new(start.ToewijzingNummer, start.Product, start.Begindatum);

    /// <summary>The key of the start a StopProduct stops (the stop copies it unchanged).</summary>
    public static StartKey Of(StopProduct stop) => new(stop.ToewijzingNummer, stop.Product, stop.Begindatum);
}
