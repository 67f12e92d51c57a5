using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A toewijzing that continues unchanged (317/318).</summary>
public sealed record OngewijzigdProduct : IMessageClass
{
    public required long ToewijzingNummer { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
