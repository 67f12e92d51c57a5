namespace Gateway.Messages.Model;

/// <summary>A client of a 323/325: BSN and prestaties.</summary>
public sealed record DeclaratieClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>Prestaties/Prestatie, 1..n.</summary>
    public required IReadOnlyList<Prestatie> Prestaties { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
