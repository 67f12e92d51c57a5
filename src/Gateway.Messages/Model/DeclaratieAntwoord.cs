namespace Gateway.Messages.Model;

/// <summary>The answer part of a 325.</summary>
public sealed record DeclaratieAntwoord : IMessageClass
{
    /// <summary>Number of the 323 this answers.</summary>
    public required string DeclaratieNummer { get; init; }

    /// <summary>Sum the 323 declared, with debit or credit.</summary>
    public required TotaalBedragMetDC TotaalIngediendBedrag { get; init; }

    /// <summary>Sum the gemeente grants, with debit or credit.</summary>
    public required TotaalBedragMetDC TotaalToegekendBedrag { get; init; }

    /// <summary>Rejected clients; null when the optional container Clienten is absent.</summary>
    public IReadOnlyList<DeclaratieClient>? Clienten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
