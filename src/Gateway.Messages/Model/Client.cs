namespace Gateway.Messages.Model;

/// <summary>The client of a 301/302 (full name, contacts, relaties, toegewezen producten).</summary>
public sealed record Client : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    /// <summary>Date of birth, possibly partly unknown.</summary>
    public required Geboortedatum Geboortedatum { get; init; }

    /// <summary>Geslacht code (0, 1, 2).</summary>
    public required string Geslacht { get; init; }

    /// <summary>Full name.</summary>
    public required VolledigeNaam Naam { get; init; }

    /// <summary>Language and interpreter needs, if any.</summary>
    public Communicatie? Communicatie { get; init; }

    /// <summary>Legal status code, if any.</summary>
    public string? JuridischeStatus { get; init; }

    /// <summary>Legal representation code, if any.</summary>
    public string? WettelijkeVertegenwoordiging { get; init; }

    /// <summary>Free text.</summary>
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
