using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>319 Antwoordbericht (gemeente → aanbieder): the answer on a VOT product or a VOW; no client.</summary>
public sealed record Bericht319 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Antwoord;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The answer (path /Bericht/Antwoord).</summary>
    public required Antwoord Antwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>320 Antwoordbericht retour.</summary>
public sealed record Bericht320 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.AntwoordRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed answer, or null when only the header answers.</summary>
    public Antwoord? Antwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>The answer of a 319/320.</summary>
public sealed record Antwoord : IMessageClass
{
    public required string ReferentieAanbieder { get; init; }

    /// <summary>VerzoekAntwoord code (1 afgewezen, 2 in onderzoek).</summary>
    public required string VerzoekAntwoord { get; init; }

    public string? RedenAfwijzingVerzoek { get; init; }

    /// <summary>iJw only: the responsible gemeente when rejected on woonplaatsbeginsel.</summary>
    public Woonplaatsbeginsel? Woonplaatsbeginsel { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>Woonplaatsbeginsel (iJw 319/320): the gemeente that is responsible.</summary>
public sealed record Woonplaatsbeginsel : IMessageClass
{
    /// <summary>Gemeentecode (4 digits).</summary>
    public required string Gemeente { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
