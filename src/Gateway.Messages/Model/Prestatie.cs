using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>One declared prestatie (323) or a rejected one echoed in the 325.</summary>
public sealed record Prestatie : IMessageClass
{
    public required Referentie ProductReferentie { get; init; }

    public required long ToewijzingNummer { get; init; }

    public required string ProductCategorie { get; init; }

    public required string ProductCode { get; init; }

    public required GeslotenPeriode ProductPeriode { get; init; }

    /// <summary>Whole units, or eurocents when Eenheid is 83.</summary>
    public required long GeleverdVolume { get; init; }

    public required string Eenheid { get; init; }

    /// <summary>Tariff in eurocents; required unless Eenheid is 83.</summary>
    public long? ProductTarief { get; init; }

    public required BedragMetDC IngediendBedrag { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
