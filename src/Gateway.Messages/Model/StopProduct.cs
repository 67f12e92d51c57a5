namespace Gateway.Messages.Model;

/// <summary>The end of delivery of one product (307/308).</summary>
public sealed record StopProduct : IMessageClass
{
    /// <summary>The toewijzing the care stops under; null for care without toewijzing.</summary>
    public long? ToewijzingNummer { get; init; }

    /// <summary>The product stopped, if given.</summary>
    public Product? Product { get; init; }

    /// <summary>Start of the toewijzing, if given.</summary>
    public DateOnly? ToewijzingIngangsdatum { get; init; }

    /// <summary>Begindatum of the start being stopped.</summary>
    public required DateOnly Begindatum { get; init; }

    /// <summary>RedenBeeindiging code (the code list differs between iJw and iWmo).</summary>
    public required string RedenBeeindiging { get; init; }

    /// <summary>Day the care ended.</summary>
    public required DateOnly Einddatum { get; init; }

    /// <summary>StatusAanlevering code (1 or 3 in 307).</summary>
    public required string StatusAanlevering { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
