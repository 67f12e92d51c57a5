namespace Gateway.Messages.Model;

/// <summary>The answer of a 319/320.</summary>
public sealed record Antwoord : IMessageClass
{
    /// <summary>The aanbieder's reference of the 315/317 this answers.</summary>
    public required string ReferentieAanbieder { get; init; }

    /// <summary>VerzoekAntwoord code (1 afgewezen, 2 in onderzoek).</summary>
    public required string VerzoekAntwoord { get; init; }

    /// <summary>Why the request was refused, when it was.</summary>
    public string? RedenAfwijzingVerzoek { get; init; }

    /// <summary>iJw only: the responsible gemeente when rejected on woonplaatsbeginsel.</summary>
    public Woonplaatsbeginsel? Woonplaatsbeginsel { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
