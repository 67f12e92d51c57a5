namespace Gateway.Messages.Model;

/// <summary>CDT_BerichtIdentificatie: identification (≤ 12 characters) and dagtekening of a message.</summary>
public sealed record BerichtIdentificatie(string Identificatie, DateOnly Dagtekening);

/// <summary>CDT_XsdVersie: the basisschema and message schema versions ("n.n.n").</summary>
public sealed record XsdVersie(string BasisschemaXsdVersie, string BerichtXsdVersie);

/// <summary>CDT_Product: product category and optional product code.</summary>
public sealed record Product(string Categorie, string? Code = null);

/// <summary>CDT_Omvang: volume (whole units, or eurocents when Eenheid is 83), eenheid and frequentie codes.</summary>
public sealed record Omvang(long Volume, string Eenheid, string Frequentie);

/// <summary>CDT_GeslotenPeriode: a period with both begin and end date.</summary>
public sealed record GeslotenPeriode(DateOnly Begindatum, DateOnly Einddatum);

/// <summary>CDT_OpenPeriode: a period with a begin and/or an end date.</summary>
public sealed record OpenPeriode(DateOnly? Begindatum, DateOnly? Einddatum);

/// <summary>CDT_BedragMetDC: an amount in eurocents with DebetCredit "D" or "C".</summary>
public sealed record BedragMetDC(long Bedrag, string DebetCredit);

/// <summary>CDT_TotaalBedragMetDC: a total amount in eurocents with DebetCredit "D" or "C".</summary>
public sealed record TotaalBedragMetDC(long TotaalBedrag, string DebetCredit);

/// <summary>CDT_Referentie: the prestatie's reference number and the number it replaces.</summary>
public sealed record Referentie(string ReferentieNummer, string? VorigReferentieNummer = null);

/// <summary>CDT_Verwijzer: type code, optional name and optional AGB code of the referrer.</summary>
public sealed record Verwijzer(string Type, string? Naam = null, string? ZorgverlenerCode = null);

/// <summary>CDT_Geboortedatum: a birth date and which part of it may be used (DatumGebruik code).</summary>
public sealed record Geboortedatum(DateOnly Datum, string? DatumGebruik = null);

/// <summary>CDT_Achternaam: a surname (element Achternaam, held in <see cref="Naam"/>) with optional voorvoegsel.</summary>
public sealed record Achternaam(string Naam, string? Voorvoegsel = null);

/// <summary>CDT_VolledigeNaam: the full name used in the 301 for client and relaties.</summary>
public sealed record VolledigeNaam(
    Achternaam Geslachtsnaam,
    Achternaam? Partnernaam,
    string? Voornamen,
    string? Voorletters,
    string NaamGebruik);

/// <summary>CDT_VerkorteNaam: the short name used in 305, 307 and 315.</summary>
public sealed record VerkorteNaam(Achternaam Geslachtsnaam, string? Voornamen = null, string? Voorletters = null);

/// <summary>CDT_Communicatie: a special form of communication and the language.</summary>
public sealed record Communicatie(string Vorm, string? Taal = null);

/// <summary>CDT_Huis: house number with optional letter, addition and AanduidingWoonadres.</summary>
public sealed record Huis(int Huisnummer, string? Huisletter = null, string? HuisnummerToevoeging = null, string? AanduidingWoonadres = null);

/// <summary>CDT_Adres: all parts optional.</summary>
public sealed record Adres(Huis? Huis, string? Postcode, string? Straatnaam, string? Plaatsnaam, string? LandCode);

/// <summary>CDT_Telefoon: a phone number (digits) and its country number.</summary>
public sealed record Telefoon(string Telefoonnummer, string Landnummer);

/// <summary>CDT_Telefoonnummers: one mandatory and one optional phone number.</summary>
public sealed record Telefoonnummers(Telefoon Telefoon01, Telefoon? Telefoon02 = null);
