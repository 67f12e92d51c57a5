using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A relatie of the client (301/302).</summary>
public sealed record Relatie : IMessageClass
{
    /// <summary>Persoonsid of the relatie (≤ 20 characters, stable per gemeente and client).</summary>
    public required string Nummer { get; init; }

    public int? Volgorde { get; init; }

    /// <summary>SoortRelatie code.</summary>
    public required string Soort { get; init; }

    public Geboortedatum? Geboortedatum { get; init; }

    public string? Geslacht { get; init; }

    public required VolledigeNaam Naam { get; init; }

    public required Contact Contact { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
