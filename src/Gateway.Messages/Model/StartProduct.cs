namespace Gateway.Messages.Model;

/// <summary>The start of delivery of one product (305/306).</summary>
public sealed record StartProduct : IMessageClass
{
    /// <summary>The toewijzing the care starts under; null for care without toewijzing.</summary>
    public long? ToewijzingNummer { get; init; }

    /// <summary>The product started, if given.</summary>
    public Product? Product { get; init; }

    /// <summary>Start of the toewijzing, if given.</summary>
    public DateOnly? ToewijzingIngangsdatum { get; init; }

    /// <summary>Day the care began.</summary>
    public required DateOnly Begindatum { get; init; }

    /// <summary>StatusAanlevering code (1 or 3 in 305).</summary>
    public required string StatusAanlevering { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
