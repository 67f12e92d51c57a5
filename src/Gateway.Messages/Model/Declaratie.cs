using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>323 Declaratie (aanbieder → gemeente): one declaration with many clients.</summary>
public sealed record Bericht323 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Declaratie;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The declaration (path /Bericht/Declaratie).</summary>
    public required Declaratie Declaratie { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>325 Declaratie-antwoord (gemeente → aanbieder): own identity, lists only rejected clients and prestaties.</summary>
public sealed record Bericht325 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.DeclaratieAntwoord;

    /// <summary>The 325 header.</summary>
    public new required DeclaratieAntwoordHeader Header { get; init; }

    /// <summary>The answer, or null when the whole 323 is rejected at header level.</summary>
    public DeclaratieAntwoord? DeclaratieAntwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

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

/// <summary>A client of a 323/325: BSN and prestaties.</summary>
public sealed record DeclaratieClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>Prestaties/Prestatie, 1..n.</summary>
    public required IReadOnlyList<Prestatie> Prestaties { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>One declared prestatie (323) or a rejected one echoed in the 325.</summary>
public sealed record Prestatie : IMessageClass
{
    public required Referentie ProductReferentie { get; init; }

    public required long ToewijzingNummer { get; init; }

    public required string ProductCategorie { get; init; }

    public required string ProductCode { get; init; }

    public required GeslotenPeriode ProductPeriode { get; init; }

    /// <summary>Whole units, or eurocents when Eenheid is 83.</summary>
    public required long GeleverdVolume { get; init; }

    public required string Eenheid { get; init; }

    /// <summary>Tariff in eurocents; required unless Eenheid is 83.</summary>
    public long? ProductTarief { get; init; }

    public required BedragMetDC IngediendBedrag { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

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
