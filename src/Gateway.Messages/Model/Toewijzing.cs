using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>301 Toewijzing (gemeente → aanbieder): one client with all its current toewijzingen.</summary>
public sealed record Bericht301 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Toewijzing;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required Client Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>302 Toewijzing retour: copied header and, when something at or below the client is wrong, the echoed client.</summary>
public sealed record Bericht302 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.ToewijzingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public Client? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>The client of a 301/302 (full name, contacts, relaties, toegewezen producten).</summary>
public sealed record Client : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    public required Geboortedatum Geboortedatum { get; init; }

    /// <summary>Geslacht code (0, 1, 2).</summary>
    public required string Geslacht { get; init; }

    public required VolledigeNaam Naam { get; init; }

    public Communicatie? Communicatie { get; init; }

    public string? JuridischeStatus { get; init; }

    public string? WettelijkeVertegenwoordiging { get; init; }

    public string? Commentaar { get; init; }

    /// <summary>Relaties; null when the optional container element is absent (never empty when present).</summary>
    public IReadOnlyList<Relatie>? Relaties { get; init; }

    /// <summary>Contactgegevens/Contact, 1..n.</summary>
    public required IReadOnlyList<Contact> Contactgegevens { get; init; }

    /// <summary>ToegewezenProducten/ToegewezenProduct, 1..n.</summary>
    public required IReadOnlyList<ToegewezenProduct> ToegewezenProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A relatie of the client (301/302).</summary>
public sealed record Relatie : IMessageClass
{
    /// <summary>Persoonsid of the relatie (≤ 20 characters, stable per gemeente and client).</summary>
    public required string Nummer { get; init; }

    public int? Volgorde { get; init; }

    /// <summary>SoortRelatie code.</summary>
    public required string Soort { get; init; }

    public Geboortedatum? Geboortedatum { get; init; }

    public string? Geslacht { get; init; }

    public required VolledigeNaam Naam { get; init; }

    public required Contact Contact { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A contact (address, phone, e-mail) of a client or relatie (301/302).</summary>
public sealed record Contact : IMessageClass
{
    /// <summary>AdresSoort code.</summary>
    public required string Soort { get; init; }

    public Adres? Adres { get; init; }

    public string? Organisatie { get; init; }

    public Telefoonnummers? Telefoon { get; init; }

    public string? Emailadres { get; init; }

    public OpenPeriode? Periode { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>A toegewezen product (toewijzing) of a 301/302.</summary>
public sealed record ToegewezenProduct : IMessageClass
{
    public required long ToewijzingNummer { get; init; }

    public string? ReferentieAanbieder { get; init; }

    public Product? Product { get; init; }

    public required DateOnly Toewijzingsdatum { get; init; }

    public required TimeOnly Toewijzingstijd { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? RedenWijziging { get; init; }

    public Omvang? Omvang { get; init; }

    /// <summary>Budget in eurocents.</summary>
    public long? Budget { get; init; }

    public string? Commentaar { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
