namespace Gateway.Messages.Model;

/// <summary>A requested product of a 315/316.</summary>
public sealed record AangevraagdProduct : IMessageClass
{
    /// <summary>The aanbieder's own reference for this request, echoed in the 319 answer.</summary>
    public required string ReferentieAanbieder { get; init; }

    /// <summary>Number of the gemeente's beschikking the request refers to, if any.</summary>
    public long? BeschikkingNummer { get; init; }

    /// <summary>The requested product; null for a request by category only.</summary>
    public Product? Product { get; init; }

    /// <summary>Start of the beschikking, if any.</summary>
    public DateOnly? BeschikkingIngangsdatum { get; init; }

    /// <summary>Requested start of the toewijzing.</summary>
    public required DateOnly ToewijzingIngangsdatum { get; init; }

    /// <summary>Requested end of the toewijzing, if any.</summary>
    public DateOnly? ToewijzingEinddatum { get; init; }

    /// <summary>Requested volume, unit and frequency, if any.</summary>
    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <summary>Who referred the client.</summary>
    public required Verwijzer Verwijzer { get; init; }

    /// <summary>JaNee code.</summary>
    public string? Raamcontract { get; init; }

    /// <summary>Free text.</summary>
    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
