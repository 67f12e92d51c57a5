using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A new product requested in a 317/318.</summary>
public sealed record NieuwProduct : IMessageClass
{
    public Product? Product { get; init; }

    public required DateOnly GewensteIngangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
