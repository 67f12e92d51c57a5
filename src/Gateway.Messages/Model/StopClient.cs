namespace Gateway.Messages.Model;

/// <summary>The client of a 307/308 (short name, stop producten).</summary>
public sealed record StopClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>Date of birth, possibly partly unknown.</summary>
    public required Geboortedatum Geboortedatum { get; init; }

    /// <summary>Gender code.</summary>
    public required string Geslacht { get; init; }

    /// <summary>Short name.</summary>
    public required VerkorteNaam Naam { get; init; }

    /// <summary>StopProducten/StopProduct, 1..n.</summary>
    public required IReadOnlyList<StopProduct> StopProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
