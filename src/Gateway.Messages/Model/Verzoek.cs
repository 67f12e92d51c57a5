using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>315 Verzoek om toewijzing (aanbieder → gemeente).</summary>
public sealed record Bericht315 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmToewijzing;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required VerzoekOmToewijzingClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>316 Verzoek om toewijzing retour.</summary>
public sealed record Bericht316 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmToewijzingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public VerzoekOmToewijzingClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>317 Verzoek om wijziging (aanbieder → gemeente).</summary>
public sealed record Bericht317 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmWijziging;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required VerzoekOmWijzigingClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>318 Verzoek om wijziging retour.</summary>
public sealed record Bericht318 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmWijzigingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public VerzoekOmWijzigingClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>The client of a 315/316 (short name, aangevraagde producten).</summary>
public sealed record VerzoekOmToewijzingClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    public required Geboortedatum Geboortedatum { get; init; }

    public required string Geslacht { get; init; }

    public required VerkorteNaam Naam { get; init; }

    /// <summary>JaNee code; iJw only (the iWmo 315 has no such element).</summary>
    public string? GezagsdragerBekend { get; init; }

    public string? Commentaar { get; init; }

    /// <summary>AangevraagdeProducten/AangevraagdProduct, 1..n.</summary>
    public required IReadOnlyList<AangevraagdProduct> AangevraagdeProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A requested product of a 315/316.</summary>
public sealed record AangevraagdProduct : IMessageClass
{
    public required string ReferentieAanbieder { get; init; }

    public long? BeschikkingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? BeschikkingIngangsdatum { get; init; }

    public required DateOnly ToewijzingIngangsdatum { get; init; }

    public DateOnly? ToewijzingEinddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    public required Verwijzer Verwijzer { get; init; }

    /// <summary>JaNee code.</summary>
    public string? Raamcontract { get; init; }

    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>The client of a 317/318: only the BSN and the request.</summary>
public sealed record VerzoekOmWijzigingClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    public required Verzoek Verzoek { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>The change request of a 317/318.</summary>
public sealed record Verzoek : IMessageClass
{
    public required string ReferentieAanbieder { get; init; }

    /// <summary>RedenVerzoek code.</summary>
    public required string RedenVerzoek { get; init; }

    /// <summary>OngewijzigdeProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<OngewijzigdProduct>? OngewijzigdeProducten { get; init; }

    /// <summary>TeWijzigenProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<TeWijzigenProduct>? TeWijzigenProducten { get; init; }

    /// <summary>NieuweProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<NieuwProduct>? NieuweProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A toewijzing that continues unchanged (317/318).</summary>
public sealed record OngewijzigdProduct : IMessageClass
{
    public required long ToewijzingNummer { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A toewijzing to be changed (317/318).</summary>
public sealed record TeWijzigenProduct : IMessageClass
{
    public required long ToewijzingNummer { get; init; }

    public required DateOnly GewensteIngangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A new product requested in a 317/318.</summary>
public sealed record NieuwProduct : IMessageClass
{
    public Product? Product { get; init; }

    public required DateOnly GewensteIngangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
