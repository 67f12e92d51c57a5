using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A toegewezen product (toewijzing) of a 301/302.</summary>
public sealed record ToegewezenProduct : IMessageClass
{
    public required long ToewijzingNummer { get; init; }

    public string? ReferentieAanbieder { get; init; }

    public Product? Product { get; init; }

    public required DateOnly Toewijzingsdatum { get; init; }

    public required TimeOnly Toewijzingstijd { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? RedenWijziging { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
