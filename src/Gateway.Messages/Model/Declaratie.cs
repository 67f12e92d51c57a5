using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>The declaration of a 323. It carries no RetourCodes: the 325 answers it with <see cref="DeclaratieAntwoord"/>.</summary>
public sealed record Declaratie
{
    /// <summary>DeclaratieNummer (≤ 12 letters/digits).</summary>
    public required string DeclaratieNummer { get; init; }

    public required GeslotenPeriode DeclaratiePeriode { get; init; }

    public required DateOnly DeclaratieDagtekening { get; init; }

    public required TotaalBedragMetDC TotaalIngediendBedrag { get; init; }

    /// <summary>Clienten/Client, 1..n.</summary>
    public required IReadOnlyList<DeclaratieClient> Clienten { get; init; }
}
