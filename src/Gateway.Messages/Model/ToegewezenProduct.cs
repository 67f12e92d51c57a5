namespace Gateway.Messages.Model;

/// <summary>A toegewezen product (toewijzing) of a 301/302.</summary>
public sealed record ToegewezenProduct : IMessageClass
{
    /// <summary>The gemeente's number of this toewijzing.</summary>
    public required long ToewijzingNummer { get; init; }

    /// <summary>The aanbieder's reference of the 315 this grants, if any.</summary>
    public string? ReferentieAanbieder { get; init; }

    /// <summary>The product granted; null for a toewijzing by category only.</summary>
    public Product? Product { get; init; }

    /// <summary>Date the toewijzing was made.</summary>
    public required DateOnly Toewijzingsdatum { get; init; }

    /// <summary>Time the toewijzing was made.</summary>
    public required TimeOnly Toewijzingstijd { get; init; }

    /// <summary>First day of the toewijzing.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Last day of the toewijzing, if any.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Why an earlier toewijzing changed, if it did.</summary>
    public string? RedenWijziging { get; init; }

    /// <summary>Granted volume, unit and frequency, if any.</summary>
    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <summary>Free text.</summary>
    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
