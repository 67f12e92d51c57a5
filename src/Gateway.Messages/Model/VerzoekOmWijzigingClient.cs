namespace Gateway.Messages.Model;

/// <summary>The client of a 317/318: only the BSN and the request.</summary>
public sealed record VerzoekOmWijzigingClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>What the aanbieder asks to change.</summary>
    public required Verzoek Verzoek { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
