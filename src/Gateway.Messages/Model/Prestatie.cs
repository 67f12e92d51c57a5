namespace Gateway.Messages.Model;

/// <summary>One declared prestatie (323) or a rejected one echoed in the 325.</summary>
public sealed record Prestatie : IMessageClass
{
    /// <summary>Reference of this prestatie and, for a credit, of the one it corrects.</summary>
    public required Referentie ProductReferentie { get; init; }

    /// <summary>The toewijzing the prestatie was delivered under.</summary>
    public required long ToewijzingNummer { get; init; }

    /// <summary>Product category.</summary>
    public required string ProductCategorie { get; init; }

    /// <summary>Product code.</summary>
    public required string ProductCode { get; init; }

    /// <summary>The period the care was delivered in.</summary>
    public required GeslotenPeriode ProductPeriode { get; init; }

    /// <summary>Whole units, or eurocents when Eenheid is 83.</summary>
    public required long GeleverdVolume { get; init; }

    /// <summary>Unit code of the delivered volume (83 = euros).</summary>
    public required string Eenheid { get; init; }

    /// <summary>Tariff in eurocents; required unless Eenheid is 83.</summary>
    public long? ProductTarief { get; init; }

    /// <summary>Declared amount in eurocents, with debit or credit.</summary>
    public required BedragMetDC IngediendBedrag { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
