namespace Gateway.Messages.Model;

/// <summary>A toewijzing to be changed (317/318).</summary>
public sealed record TeWijzigenProduct : IMessageClass
{
    /// <summary>The toewijzing to change.</summary>
    public required long ToewijzingNummer { get; init; }

    /// <summary>Wanted start of the changed toewijzing.</summary>
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
