namespace Gateway.Messages.Model;

/// <summary>The client of a 315/316 (short name, aangevraagde producten).</summary>
public sealed record VerzoekOmToewijzingClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>Date of birth, possibly partly unknown.</summary>
    public required Geboortedatum Geboortedatum { get; init; }

    /// <summary>Gender code.</summary>
    public required string Geslacht { get; init; }

    /// <summary>Short name.</summary>
    public required VerkorteNaam Naam { get; init; }

    /// <summary>JaNee code; iJw only (the iWmo 315 has no such element).</summary>
    public string? GezagsdragerBekend { get; init; }

    /// <summary>Free text.</summary>
    public string? Commentaar { get; init; }

    /// <summary>AangevraagdeProducten/AangevraagdProduct, 1..n.</summary>
    public required IReadOnlyList<AangevraagdProduct> AangevraagdeProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
