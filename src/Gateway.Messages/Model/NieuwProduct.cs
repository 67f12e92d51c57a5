namespace Gateway.Messages.Model;

/// <summary>A new product requested in a 317/318.</summary>
public sealed record NieuwProduct : IMessageClass
{
    /// <summary>The product asked for; null for a request by category only.</summary>
    public Product? Product { get; init; }

    /// <summary>Wanted start date.</summary>
    public required DateOnly GewensteIngangsdatum { get; init; }

    /// <summary>Wanted end date, if any.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Wanted volume, unit and frequency, if any.</summary>
    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
