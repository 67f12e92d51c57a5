using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>The answer part of a 325.</summary>
public sealed record DeclaratieAntwoord : IMessageClass
{
    public required string DeclaratieNummer { get; init; }

    public required TotaalBedragMetDC TotaalIngediendBedrag { get; init; }

    public required TotaalBedragMetDC TotaalToegekendBedrag { get; init; }

    /// <summary>Rejected clients; null when the optional container Clienten is absent.</summary>
    public IReadOnlyList<DeclaratieClient>? Clienten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
