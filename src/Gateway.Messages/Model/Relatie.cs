namespace Gateway.Messages.Model;

/// <summary>A relatie of the client (301/302).</summary>
public sealed record Relatie : IMessageClass
{
    /// <summary>Persoonsid of the relatie (≤ 20 characters, stable per gemeente and client).</summary>
    public required string Nummer { get; init; }

    /// <summary>Order in which the gemeente lists the relation, if given.</summary>
    public int? Volgorde { get; init; }

    /// <summary>SoortRelatie code.</summary>
    public required string Soort { get; init; }

    /// <summary>Date of birth, if known.</summary>
    public Geboortedatum? Geboortedatum { get; init; }

    /// <summary>Gender code, if known.</summary>
    public string? Geslacht { get; init; }

    /// <summary>Full name.</summary>
    public required VolledigeNaam Naam { get; init; }

    /// <summary>How to reach the relation.</summary>
    public required Contact Contact { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
