namespace Gateway.Messages.Model;

/// <summary>A toewijzing that continues unchanged (317/318).</summary>
public sealed record OngewijzigdProduct : IMessageClass
{
    /// <summary>The toewijzing that stays as it is.</summary>
    public required long ToewijzingNummer { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
