using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// Schema-valid iJw/iWmo 3.2 messages between the region's gemeenten and providers, in the shapes the year-long journeys
/// of the routing tests use; every header gets its own BerichtIdentificatie (TR056).
/// </summary>
internal sealed class MessageFactory
{
    private static readonly XsdVersie Xsd = new("1.0.0", "1.0.0");

    private int _identificatie;
    private int _declaratie;

    public Bericht301 Toewijzing(Standard standard, string gemeente, string aanbieder, ClientIdentity client, DateOnly dag, IReadOnlyList<ToegewezenProduct> producten) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Toewijzing, gemeente, aanbieder, dag),
        Client = new Client
        {
            Bsn = client.Bsn,
            Geboortedatum = client.Geboorte,
            Geslacht = client.Geslacht,
            Naam = client.VolledigeNaam,
            Contactgegevens = [new Contact { Soort = "01", Adres = new Adres(new Huis(1 + (int)(long.Parse(client.Bsn, CultureInfo.InvariantCulture) % 180)), "3700AA", "Dorpsstraat", "Utrecht", "NL") }],
            ToegewezenProducten = producten,
        },
    };

    public Bericht305 Start(Standard standard, string gemeente, string aanbieder, ClientIdentity client, DateOnly dag, StartProduct line) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Start, aanbieder, gemeente, dag),
        Client = new StartClient { Bsn = client.Bsn, Geboortedatum = client.Geboorte, Geslacht = client.Geslacht, Naam = client.VerkorteNaam, StartProducten = [line] },
    };

    public Bericht307 Stop(Standard standard, string gemeente, string aanbieder, ClientIdentity client, DateOnly dag, StopProduct line) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Stop, aanbieder, gemeente, dag),
        Client = new StopClient { Bsn = client.Bsn, Geboortedatum = client.Geboorte, Geslacht = client.Geslacht, Naam = client.VerkorteNaam, StopProducten = [line] },
    };

    public Bericht315 Verzoek(Standard standard, string gemeente, string aanbieder, ClientIdentity client, DateOnly dag, AangevraagdProduct product) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.VerzoekOmToewijzing, aanbieder, gemeente, dag),
        Client = new VerzoekOmToewijzingClient { Bsn = client.Bsn, Geboortedatum = client.Geboorte, Geslacht = client.Geslacht, Naam = client.VerkorteNaam, AangevraagdeProducten = [product] },
    };

    public Bericht319 Afwijzing(Standard standard, string gemeente, string aanbieder, DateOnly dag, string referentie, string reden) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Antwoord, gemeente, aanbieder, dag),
        Antwoord = new Antwoord { ReferentieAanbieder = referentie, VerzoekAntwoord = "1", RedenAfwijzingVerzoek = reden },
    };

    /// <summary>A 323 over <paramref name="maand"/> (the DeclaratiePeriode) with the clients' prestaties; totals computed.</summary>
    public Bericht323 Declaratie(Standard standard, string gemeente, string aanbieder, DateOnly dag, GeslotenPeriode maand, IReadOnlyList<DeclaratieClient> clienten)
    {
        var saldo = clienten.SelectMany(c => c.Prestaties).Sum(p => p.IngediendBedrag.DebetCredit == "C" ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag);
        return new Bericht323
        {
            Standard = standard,
            Header = Header(standard, MessageCode.Declaratie, aanbieder, gemeente, dag),
            Declaratie = new Declaratie
            {
                DeclaratieNummer = string.Create(CultureInfo.InvariantCulture, $"D{++_declaratie:D9}"),
                DeclaratiePeriode = maand,
                DeclaratieDagtekening = dag,
                TotaalIngediendBedrag = new TotaalBedragMetDC(Math.Abs(saldo), saldo < 0 ? "C" : "D"),
                Clienten = clienten,
            },
        };
    }

    private Header Header(Standard standard, MessageCode code, string afzender, string ontvanger, DateOnly dag) => new()
    {
        BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
        Afzender = afzender,
        Ontvanger = ontvanger,
        BerichtIdentificatie = new BerichtIdentificatie(string.Create(CultureInfo.InvariantCulture, $"B{(int)code}{++_identificatie:D8}"), dag),
        XsdVersie = Xsd,
    };
}
