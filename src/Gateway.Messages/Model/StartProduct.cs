using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>The start of delivery of one product (305/306).</summary>
public sealed record StartProduct : IMessageClass
{
    public long? ToewijzingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? ToewijzingIngangsdatum { get; init; }

    public required DateOnly Begindatum { get; init; }

    /// <summary>StatusAanlevering code (1 or 3 in 305).</summary>
    public required string StatusAanlevering { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
