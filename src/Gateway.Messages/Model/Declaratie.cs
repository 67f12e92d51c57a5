namespace Gateway.Messages.Model;

/// <summary>The declaration of a 323. It carries no RetourCodes: the 325 answers it with <see cref="DeclaratieAntwoord"/>.</summary>
public sealed record Declaratie
{
    /// <summary>DeclaratieNummer (≤ 12 letters/digits).</summary>
    public required string DeclaratieNummer { get; init; }

    /// <summary>The period the declaratie covers.</summary>
    public required GeslotenPeriode DeclaratiePeriode { get; init; }

    /// <summary>Date the declaratie was made.</summary>
    public required DateOnly DeclaratieDagtekening { get; init; }

    /// <summary>Sum of all declared amounts, with debit or credit.</summary>
    public required TotaalBedragMetDC TotaalIngediendBedrag { get; init; }

    /// <summary>Clienten/Client, 1..n.</summary>
    public required IReadOnlyList<DeclaratieClient> Clienten { get; init; }
}
