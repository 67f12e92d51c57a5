using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Model;

/// <summary>Throwaway, schema-valid messages with every optional element filled, for both standards.</summary>
internal static class SomeBericht
{
    public const string Bsn = "999900006";
    private const string Gemeente = "0363";
    private const string Agb = "12345678";

    private static readonly DateOnly Day = new(2025, 3, 1);

    public static IEnumerable<object[]> AllCodes() =>
        from standard in Enum.GetValues<Standard>()
        from code in Enum.GetValues<MessageCode>()
        select new object[] { standard, code };

    public static Bericht Of(Standard standard, MessageCode code) => code switch
    {
        MessageCode.Toewijzing => new Bericht301 { Standard = standard, Header = Heen(standard, code), Client = Client(standard, retour: false) },
        MessageCode.ToewijzingRetour => new Bericht302 { Standard = standard, Header = Retour(standard, code), Client = Client(standard, retour: true) },
        MessageCode.Start => new Bericht305 { Standard = standard, Header = Heen(standard, code), Client = StartClient(standard, false) },
        MessageCode.StartRetour => new Bericht306 { Standard = standard, Header = Retour(standard, code), Client = StartClient(standard, true) },
        MessageCode.Stop => new Bericht307 { Standard = standard, Header = Heen(standard, code), Client = StopClient(standard, false) },
        MessageCode.StopRetour => new Bericht308 { Standard = standard, Header = Retour(standard, code), Client = StopClient(standard, true) },
        MessageCode.VerzoekOmToewijzing => new Bericht315 { Standard = standard, Header = Heen(standard, code), Client = VotClient(standard, false) },
        MessageCode.VerzoekOmToewijzingRetour => new Bericht316 { Standard = standard, Header = Retour(standard, code), Client = VotClient(standard, true) },
        MessageCode.VerzoekOmWijziging => new Bericht317 { Standard = standard, Header = Heen(standard, code), Client = VowClient(standard, false) },
        MessageCode.VerzoekOmWijzigingRetour => new Bericht318 { Standard = standard, Header = Retour(standard, code), Client = VowClient(standard, true) },
        MessageCode.Antwoord => new Bericht319 { Standard = standard, Header = Heen(standard, code), Antwoord = Antwoord(standard, false) },
        MessageCode.AntwoordRetour => new Bericht320 { Standard = standard, Header = Retour(standard, code), Antwoord = Antwoord(standard, true) },
        MessageCode.Declaratie => Declaratie(standard, clients: 2),
        MessageCode.DeclaratieAntwoord => DeclaratieAntwoord(standard),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    public static Bericht323 Declaratie(Standard standard, int clients) => new()
    {
        Standard = standard,
        Header = Heen(standard, MessageCode.Declaratie),
        Declaratie = new Declaratie
        {
            DeclaratieNummer = "D2025030001",
            DeclaratiePeriode = new GeslotenPeriode(Day, new DateOnly(2025, 3, 31)),
            DeclaratieDagtekening = new DateOnly(2025, 4, 2),
            TotaalIngediendBedrag = new TotaalBedragMetDC(12000L * clients, "D"),
            Clienten = Enumerable.Range(1, clients).Select(i => DeclaratieClient(standard, i, retour: false)).ToList(),
        },
    };

    public static DeclaratieClient DeclaratieClient(Standard standard, int i, bool retour) => new()
    {
        Bsn = Bsn,
        Prestaties =
        [
            new Prestatie
            {
                ProductReferentie = new Referentie("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), retour ? null : "R0"),
                ToewijzingNummer = 1000 + i,
                ProductCategorie = Categorie(standard),
                ProductCode = "45A12",
                ProductPeriode = new GeslotenPeriode(Day, new DateOnly(2025, 3, 31)),
                GeleverdVolume = 10,
                Eenheid = "04",
                ProductTarief = 1200,
                IngediendBedrag = new BedragMetDC(12000, "D"),
                RetourCodes = Codes(retour),
            },
        ],
        RetourCodes = Codes(retour),
    };

    private static Bericht325 DeclaratieAntwoord(Standard standard) => new()
    {
        Standard = standard,
        Header = new DeclaratieAntwoordHeader
        {
            BerichtCode = MessageCatalog.Get(MessageCode.DeclaratieAntwoord).BerichtCode(standard),
            Afzender = Gemeente,
            Ontvanger = Agb,
            BerichtIdentificatie = new BerichtIdentificatie("DA-1", new DateOnly(2025, 4, 10)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
            DeclaratieIdentificatie = new BerichtIdentificatie("D-1", new DateOnly(2025, 4, 2)),
            XsltVersie = "1.0.0",
            XsdVersieDeclaratie = new XsdVersie("1.0.0", "1.0.0"),
            RetourCodes = ["0200"],
        },
        DeclaratieAntwoord = new DeclaratieAntwoord
        {
            DeclaratieNummer = "D2025030001",
            TotaalIngediendBedrag = new TotaalBedragMetDC(24000, "D"),
            TotaalToegekendBedrag = new TotaalBedragMetDC(12000, "D"),
            Clienten = [DeclaratieClient(standard, 2, retour: true)],
            RetourCodes = ["0200"],
        },
    };

    public static Header Heen(Standard standard, MessageCode code) => new()
    {
        BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
        Afzender = MessageCatalog.Get(code).Sender == Party.Gemeente ? Gemeente : Agb,
        Ontvanger = MessageCatalog.Get(code).Sender == Party.Gemeente ? Agb : Gemeente,
        BerichtIdentificatie = new BerichtIdentificatie("B-1", Day),
        XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
    };

    private static RetourHeader Retour(Standard standard, MessageCode code)
    {
        var heenCode = MessageCatalog.Get(code).AnswersCode!.Value;
        var heen = Heen(standard, heenCode);
        return new RetourHeader
        {
            BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
            Afzender = heen.Afzender,
            Ontvanger = heen.Ontvanger,
            BerichtIdentificatie = heen.BerichtIdentificatie,
            XsdVersie = heen.XsdVersie,
            IdentificatieRetour = "R-1",
            DagtekeningRetour = new DateOnly(2025, 3, 2),
            XsltVersie = "1.0.0",
            XsdVersieRetour = new XsdVersie("1.0.0", "1.0.0"),
            RetourCodes = ["0200"],
        };
    }

    private static IReadOnlyList<string> Codes(bool retour) => retour ? ["0200", "0233"] : [];

    private static string Categorie(Standard standard) => standard == Standard.Ijw ? "45" : "02";

    private static VolledigeNaam Naam() =>
        new(new Achternaam("Jansen", "van"), new Achternaam("Pietersen"), "Jan Pieter", "JP", "1");

    private static VerkorteNaam KorteNaam() => new(new Achternaam("Jansen", "van"), "Jan", "J");

    private static Contact Contact(bool retour) => new()
    {
        Soort = "01",
        Adres = new Adres(new Huis(12, "a", "bis", "BY"), "1234AB", "Dorpsstraat", "Amsterdam", "NL"),
        Organisatie = "Zorg BV",
        Telefoon = new Telefoonnummers(new Telefoon("0201234567", "0031"), new Telefoon("0612345678", "0031")),
        Emailadres = "iemand@example.nl",
        Periode = new OpenPeriode(Day, new DateOnly(2025, 12, 31)),
        RetourCodes = Codes(retour),
    };

    private static Client Client(Standard standard, bool retour) => new()
    {
        Bsn = Bsn,
        Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 17), "1"),
        Geslacht = "1",
        Naam = Naam(),
        Communicatie = new Communicatie("1", "Engels"),
        JuridischeStatus = "04",
        WettelijkeVertegenwoordiging = "06",
        Commentaar = "Toelichting bij de client",
        Relaties =
        [
            new Relatie
            {
                Nummer = "REL-1",
                Volgorde = 1,
                Soort = "10",
                Geboortedatum = new Geboortedatum(new DateOnly(1980, 1, 2)),
                Geslacht = "2",
                Naam = Naam(),
                Contact = Contact(retour),
                RetourCodes = Codes(retour),
            },
        ],
        Contactgegevens = [Contact(retour), Contact(retour) with { Soort = "02", Adres = null }],
        ToegewezenProducten =
        [
            new ToegewezenProduct
            {
                ToewijzingNummer = 123456789,
                ReferentieAanbieder = "VOT-1",
                Product = new Product(Categorie(standard), "45A12"),
                Toewijzingsdatum = new DateOnly(2025, 2, 20),
                Toewijzingstijd = new TimeOnly(9, 30, 5),
                Ingangsdatum = Day,
                Einddatum = new DateOnly(2025, 12, 31),
                RedenWijziging = "03",
                Omvang = new Omvang(8, "04", "2"),
                Budget = 250000,
                Commentaar = "Toelichting bij de toewijzing",
                RetourCodes = Codes(retour),
            },
            new ToegewezenProduct
            {
                ToewijzingNummer = 2,
                Toewijzingsdatum = new DateOnly(2025, 2, 20),
                Toewijzingstijd = new TimeOnly(23, 59, 59),
                Ingangsdatum = Day,
                RetourCodes = Codes(retour),
            },
        ],
        RetourCodes = Codes(retour),
    };

    private static StartClient StartClient(Standard standard, bool retour) => new()
    {
        Bsn = Bsn,
        Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 17)),
        Geslacht = "2",
        Naam = KorteNaam(),
        StartProducten =
        [
            new StartProduct
            {
                ToewijzingNummer = 123456789,
                Product = new Product(Categorie(standard)),
                ToewijzingIngangsdatum = Day,
                Begindatum = new DateOnly(2025, 3, 3),
                StatusAanlevering = "1",
                RetourCodes = Codes(retour),
            },
            new StartProduct { Begindatum = Day, StatusAanlevering = "3", RetourCodes = Codes(retour) },
        ],
        RetourCodes = Codes(retour),
    };

    private static StopClient StopClient(Standard standard, bool retour) => new()
    {
        Bsn = Bsn,
        Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 17)),
        Geslacht = "0",
        Naam = KorteNaam(),
        StopProducten =
        [
            new StopProduct
            {
                ToewijzingNummer = 123456789,
                Product = new Product(Categorie(standard), "45A12"),
                ToewijzingIngangsdatum = Day,
                Begindatum = new DateOnly(2025, 3, 3),
                RedenBeeindiging = "02",
                Einddatum = new DateOnly(2025, 6, 30),
                StatusAanlevering = "1",
                RetourCodes = Codes(retour),
            },
        ],
        RetourCodes = Codes(retour),
    };

    private static VerzoekOmToewijzingClient VotClient(Standard standard, bool retour) => new()
    {
        Bsn = Bsn,
        Geboortedatum = new Geboortedatum(new DateOnly(2012, 5, 17)),
        Geslacht = "1",
        Naam = KorteNaam(),
        GezagsdragerBekend = standard == Standard.Ijw ? "1" : null,
        Commentaar = "Graag spoedig",
        AangevraagdeProducten =
        [
            new AangevraagdProduct
            {
                ReferentieAanbieder = "VOT-1",
                BeschikkingNummer = 77,
                Product = new Product(Categorie(standard), "45A12"),
                BeschikkingIngangsdatum = Day,
                ToewijzingIngangsdatum = Day,
                ToewijzingEinddatum = new DateOnly(2025, 12, 31),
                Omvang = new Omvang(4, "04", "2"),
                Budget = 1000,
                Verwijzer = new Verwijzer("02", "Dokter Bakker", "01234567"),
                Raamcontract = "2",
                Commentaar = "Eerste aanvraag",
                RetourCodes = Codes(retour),
            },
            new AangevraagdProduct
            {
                ReferentieAanbieder = "VOT-2",
                ToewijzingIngangsdatum = Day,
                Verwijzer = new Verwijzer("06"),
                RetourCodes = Codes(retour),
            },
        ],
        RetourCodes = Codes(retour),
    };

    private static VerzoekOmWijzigingClient VowClient(Standard standard, bool retour) => new()
    {
        Bsn = Bsn,
        Verzoek = new Verzoek
        {
            ReferentieAanbieder = "VOW-1",
            RedenVerzoek = "1",
            OngewijzigdeProducten = [new OngewijzigdProduct { ToewijzingNummer = 1, RetourCodes = Codes(retour) }],
            TeWijzigenProducten =
            [
                new TeWijzigenProduct
                {
                    ToewijzingNummer = 2,
                    GewensteIngangsdatum = Day,
                    Einddatum = new DateOnly(2025, 12, 31),
                    Omvang = new Omvang(6, "04", "2"),
                    Budget = 5000,
                    RetourCodes = Codes(retour),
                },
            ],
            NieuweProducten =
            [
                new NieuwProduct
                {
                    Product = new Product(Categorie(standard)),
                    GewensteIngangsdatum = Day,
                    Einddatum = new DateOnly(2025, 12, 31),
                    Omvang = new Omvang(1, "82", "6"),
                    Budget = 100,
                    RetourCodes = Codes(retour),
                },
            ],
            RetourCodes = Codes(retour),
        },
        RetourCodes = Codes(retour),
    };

    private static Antwoord Antwoord(Standard standard, bool retour) => new()
    {
        ReferentieAanbieder = "VOT-1",
        VerzoekAntwoord = "1",
        RedenAfwijzingVerzoek = "8",
        Woonplaatsbeginsel = standard == Standard.Ijw ? new Woonplaatsbeginsel { Gemeente = "0599", RetourCodes = Codes(retour) } : null,
        RetourCodes = Codes(retour),
    };
}
