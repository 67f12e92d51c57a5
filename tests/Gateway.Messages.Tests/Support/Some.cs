using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Support;

/// <summary>Throwaway heen-berichten that satisfy the 3.2 schemas of both standards (made-up people, made-up numbers).</summary>
internal static class Some
{
    public const string Gemeente = "0363";
    public const string Agb = "12345678";
    public const string Bsn = "999990019";
    public const string HeenIdentificatie = "HEEN0001";
    public static readonly DateOnly Dagtekening = new(2025, 3, 3);
    public static readonly XsdVersie HeenXsd = new("1.0.0", "1.0.0");

    public static readonly MessageCode[] HeenCodes =
    [
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.VerzoekOmWijziging, MessageCode.Antwoord, MessageCode.Declaratie,
    ];

    public static Bericht Heen(Standard standard, MessageCode code) => code switch
    {
        MessageCode.Toewijzing => Toewijzing(standard),
        MessageCode.Start => Start(standard),
        MessageCode.Stop => Stop(standard),
        MessageCode.VerzoekOmToewijzing => VerzoekOmToewijzing(standard),
        MessageCode.VerzoekOmWijziging => VerzoekOmWijziging(standard),
        MessageCode.Antwoord => Antwoord(standard),
        MessageCode.Declaratie => Declaratie(standard),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a heen-bericht"),
    };

    public static Header Header(Standard standard, MessageCode code)
    {
        var fromGemeente = MessageCatalog.Get(code).Sender == Party.Gemeente;
        return new Header
        {
            BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
            Afzender = fromGemeente ? Gemeente : Agb,
            Ontvanger = fromGemeente ? Agb : Gemeente,
            BerichtIdentificatie = new BerichtIdentificatie(HeenIdentificatie, Dagtekening),
            XsdVersie = HeenXsd,
        };
    }

    public static string Categorie(Standard standard) => standard == Standard.Ijw ? "41" : "02";

    public static Product Product(Standard standard) => new(Categorie(standard), "45A23");

    public static Bericht301 Toewijzing(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Toewijzing),
        Client = new Client
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 1)),
            Geslacht = "1",
            Naam = new VolledigeNaam(new Achternaam("Jansen"), null, null, "J", "1"),
            Relaties =
            [
                new Relatie
                {
                    Nummer = "REL1",
                    Soort = "03",
                    Naam = new VolledigeNaam(new Achternaam("Jansen"), null, null, "P", "1"),
                    Contact = new Contact { Soort = "01", Adres = new Adres(new Huis(12), "1011AB", "Dorpsstraat", "Amsterdam", "NL") },
                },
            ],
            Contactgegevens =
            [
                new Contact { Soort = "01", Adres = new Adres(new Huis(12), "1011AB", "Dorpsstraat", "Amsterdam", "NL") },
                new Contact { Soort = "04", Telefoon = new Telefoonnummers(new Telefoon("0201234567", "0031")) },
            ],
            ToegewezenProducten =
            [
                ToegewezenProduct(standard, 1001),
                ToegewezenProduct(standard, 1002),
            ],
        },
    };

    public static ToegewezenProduct ToegewezenProduct(Standard standard, long nummer) => new()
    {
        ToewijzingNummer = nummer,
        Product = Product(standard),
        Toewijzingsdatum = new DateOnly(2025, 2, 20),
        Toewijzingstijd = new TimeOnly(10, 30),
        Ingangsdatum = new DateOnly(2025, 3, 1),
        Einddatum = new DateOnly(2025, 12, 31),
        Omvang = new Omvang(4, "04", "2"),
    };

    public static Bericht305 Start(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Start),
        Client = new StartClient
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 1)),
            Geslacht = "1",
            Naam = new VerkorteNaam(new Achternaam("Jansen"), null, "J"),
            StartProducten =
            [
                new StartProduct { ToewijzingNummer = 1001, Product = Product(standard), ToewijzingIngangsdatum = new DateOnly(2025, 3, 1), Begindatum = new DateOnly(2025, 3, 1), StatusAanlevering = "1" },
                new StartProduct { ToewijzingNummer = 1002, Product = Product(standard), ToewijzingIngangsdatum = new DateOnly(2025, 3, 1), Begindatum = new DateOnly(2025, 3, 2), StatusAanlevering = "1" },
            ],
        },
    };

    public static Bericht307 Stop(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Stop),
        Client = new StopClient
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 1)),
            Geslacht = "2",
            Naam = new VerkorteNaam(new Achternaam("Jansen", "de"), "Anna"),
            StopProducten =
            [
                new StopProduct { ToewijzingNummer = 1001, Product = Product(standard), Begindatum = new DateOnly(2025, 3, 1), RedenBeeindiging = "02", Einddatum = new DateOnly(2025, 3, 2), StatusAanlevering = "1" },
                new StopProduct { ToewijzingNummer = 1002, Product = Product(standard), Begindatum = new DateOnly(2025, 3, 2), RedenBeeindiging = "20", Einddatum = new DateOnly(2025, 3, 3), StatusAanlevering = "1" },
            ],
        },
    };

    public static Bericht315 VerzoekOmToewijzing(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.VerzoekOmToewijzing),
        Client = new VerzoekOmToewijzingClient
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 1)),
            Geslacht = "1",
            Naam = new VerkorteNaam(new Achternaam("Jansen"), null, "J"),
            GezagsdragerBekend = standard == Standard.Ijw ? "1" : null,
            AangevraagdeProducten =
            [
                new AangevraagdProduct { ReferentieAanbieder = "VOT-1", Product = Product(standard), ToewijzingIngangsdatum = new DateOnly(2025, 4, 1), Omvang = new Omvang(4, "04", "2"), Verwijzer = new Verwijzer("01") },
                new AangevraagdProduct { ReferentieAanbieder = "VOT-2", Product = Product(standard), ToewijzingIngangsdatum = new DateOnly(2025, 5, 1), Omvang = new Omvang(2, "04", "2"), Verwijzer = new Verwijzer("02", "Huisarts Pietersen") },
            ],
        },
    };

    public static Bericht317 VerzoekOmWijziging(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.VerzoekOmWijziging),
        Client = new VerzoekOmWijzigingClient
        {
            Bsn = Bsn,
            Verzoek = new Verzoek
            {
                ReferentieAanbieder = "VOW-1",
                RedenVerzoek = "1",
                OngewijzigdeProducten = [new OngewijzigdProduct { ToewijzingNummer = 1001 }],
                TeWijzigenProducten = [new TeWijzigenProduct { ToewijzingNummer = 1002, GewensteIngangsdatum = new DateOnly(2025, 4, 1), Omvang = new Omvang(6, "04", "2") }],
                NieuweProducten = [new NieuwProduct { Product = Product(standard), GewensteIngangsdatum = new DateOnly(2025, 4, 1), Omvang = new Omvang(2, "04", "2") }],
            },
        },
    };

    public static Bericht319 Antwoord(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Antwoord),
        Antwoord = standard == Standard.Ijw
            ? new Antwoord { ReferentieAanbieder = "VOT-1", VerzoekAntwoord = "1", RedenAfwijzingVerzoek = "8", Woonplaatsbeginsel = new Woonplaatsbeginsel { Gemeente = "0599" } }
            : new Antwoord { ReferentieAanbieder = "VOT-1", VerzoekAntwoord = "1", RedenAfwijzingVerzoek = "2" },
    };

    /// <summary>
    /// Three clients: [1] debits 100.00 + 50.00; [2] debit 200.00 and a credit of 30.00; [3] debit 70.00.
    /// Total 390.00 debit.
    /// </summary>
    public static Bericht323 Declaratie(Standard standard) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Declaratie),
        Declaratie = new Declaratie
        {
            DeclaratieNummer = "DEC202503",
            DeclaratiePeriode = new GeslotenPeriode(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)),
            DeclaratieDagtekening = Dagtekening,
            TotaalIngediendBedrag = new TotaalBedragMetDC(39000, "D"),
            Clienten =
            [
                new DeclaratieClient { Bsn = Bsn, Prestaties = [Prestatie(standard, "P1", 10000, "D"), Prestatie(standard, "P2", 5000, "D")] },
                new DeclaratieClient { Bsn = "999990020", Prestaties = [Prestatie(standard, "P3", 20000, "D"), Prestatie(standard, "P4", 3000, "C", "P0")] },
                new DeclaratieClient { Bsn = "999990032", Prestaties = [Prestatie(standard, "P5", 7000, "D")] },
            ],
        },
    };

    public static Prestatie Prestatie(Standard standard, string referentie, long bedrag, string debetCredit, string? vorige = null) => new()
    {
        ProductReferentie = new Referentie(referentie, vorige),
        ToewijzingNummer = 1001,
        ProductCategorie = Categorie(standard),
        ProductCode = "45A23",
        ProductPeriode = new GeslotenPeriode(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)),
        GeleverdVolume = bedrag,
        Eenheid = "83",
        IngediendBedrag = new BedragMetDC(bedrag, debetCredit),
    };
}
