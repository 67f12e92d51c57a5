using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Tests.Support;

/// <summary>Throwaway messages from the gemeente side (made-up people).</summary>
internal static class Some
{
    public static readonly GgkParty Gemeente = new("0363", "Gateway");

    public static Bericht301 Toewijzing(SampleClient client, string agb, long nummer = 1001) => new()
    {
        Standard = client.Standard,
        Header = new Header
        {
            BerichtCode = MessageCatalog.Get(MessageCode.Toewijzing).BerichtCode(client.Standard),
            Afzender = client.Gemeente,
            Ontvanger = agb,
            BerichtIdentificatie = new BerichtIdentificatie("GEM0001", new DateOnly(2025, 3, 3)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Client = new Client
        {
            Bsn = client.Bsn,
            Geboortedatum = new Geboortedatum(client.Geboortedatum),
            Geslacht = client.Geslacht,
            Naam = new VolledigeNaam(new Achternaam("Jansen"), null, null, client.Voorletters, "1"),
            Contactgegevens = [new Contact { Soort = "01", Adres = new Adres(new Huis(12), "1011AB", "Dorpsstraat", "Amsterdam", "NL") }],
            ToegewezenProducten =
            [
                new ToegewezenProduct
                {
                    ToewijzingNummer = nummer,
                    Product = ProviderMessageFactory.DefaultProduct(client.Standard),
                    Toewijzingsdatum = new DateOnly(2025, 2, 20),
                    Toewijzingstijd = new TimeOnly(10, 30),
                    Ingangsdatum = new DateOnly(2025, 3, 1),
                    Einddatum = new DateOnly(2025, 12, 31),
                    Omvang = new Omvang(4, "04", "2"),
                },
            ],
        },
    };

    public static GgkEnvelope Di01(Bericht bericht, DateTimeOffset now) =>
        GgkEnvelope.Create(bericht.Standard, bericht.Code, BerichtWriter.ToBytes(bericht), Gemeente with { Organisatie = bericht.Header.Afzender }, bericht.Header.Ontvanger, now);

    public static GgkEnvelope Di01(byte[] payload) =>
        GgkEnvelope.Create(Standard.Ijw, MessageCode.Toewijzing, payload, Gemeente, "12345678", DateTimeOffset.UnixEpoch.AddYears(55));
}
