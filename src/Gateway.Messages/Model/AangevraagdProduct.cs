using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A requested product of a 315/316.</summary>
public sealed record AangevraagdProduct : IMessageClass
{
    public required string ReferentieAanbieder { get; init; }

    public long? BeschikkingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? BeschikkingIngangsdatum { get; init; }

    public required DateOnly ToewijzingIngangsdatum { get; init; }

    public DateOnly? ToewijzingEinddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    public required Verwijzer Verwijzer { get; init; }

    /// <summary>JaNee code.</summary>
    public string? Raamcontract { get; init; }

    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
