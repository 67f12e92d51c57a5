using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Provider;

/// <summary>
/// Builds the heen-berichten of provider software (305, 307, 315, 317, 323) for a client and toewijzing, with
/// header identifications unique per aanbieder and message type.
/// </summary>
public sealed class ProviderMessageFactory(TimeProvider time, XsdVersie xsdVersie, string runPrefix)
{
    private long _counter;

    /// <summary>Three random capitals: identifications of two runs never collide in the gateway's store.</summary>
    public static string NewRunPrefix() =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => (char)('A' + System.Security.Cryptography.RandomNumberGenerator.GetInt32(26))));

    /// <summary>The product category used for made-up toewijzingen and requests of a standard.</summary>
    public static Product DefaultProduct(Standard standard) => new(standard == Standard.Ijw ? "41" : "02", "45A23");

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Messages.Envelopes.Ggk.GgkTijdstip.FromInstant(time.GetUtcNow()));

    public Bericht305 Start(KnownToewijzing t) => new()
    {
        Standard = t.Standard,
        Header = Header(t.Standard, MessageCode.Start, t.Agb, t.Gemeente),
        Client = new StartClient
        {
            Bsn = t.Client.Bsn,
            Geboortedatum = new Geboortedatum(t.Client.Geboortedatum),
            Geslacht = t.Client.Geslacht,
            Naam = Naam(t.Client),
            StartProducten =
            [
                new StartProduct
                {
                    ToewijzingNummer = t.ToewijzingNummer,
                    Product = t.Product,
                    ToewijzingIngangsdatum = t.Ingangsdatum,
                    Begindatum = Min(t.Ingangsdatum, Today),
                    StatusAanlevering = "1",
                },
            ],
        },
    };

    public Bericht307 Stop(KnownToewijzing t)
    {
        var begin = Min(t.Ingangsdatum, Today);
        return new Bericht307
        {
            Standard = t.Standard,
            Header = Header(t.Standard, MessageCode.Stop, t.Agb, t.Gemeente),
            Client = new StopClient
            {
                Bsn = t.Client.Bsn,
                Geboortedatum = new Geboortedatum(t.Client.Geboortedatum),
                Geslacht = t.Client.Geslacht,
                Naam = Naam(t.Client),
                StopProducten =
                [
                    new StopProduct
                    {
                        ToewijzingNummer = t.ToewijzingNummer,
                        Product = t.Product,
                        Begindatum = begin,
                        RedenBeeindiging = "02",
                        Einddatum = Max(begin, Today),
                        StatusAanlevering = "1",
                    },
                ],
            },
        };
    }

    public Bericht315 VerzoekOmToewijzing(SampleClient client, string agb)
    {
        var n = Next();
        return new Bericht315
        {
            Standard = client.Standard,
            Header = Header(client.Standard, MessageCode.VerzoekOmToewijzing, agb, client.Gemeente),
            Client = new VerzoekOmToewijzingClient
            {
                Bsn = client.Bsn,
                Geboortedatum = new Geboortedatum(client.Geboortedatum),
                Geslacht = client.Geslacht,
                Naam = Naam(client),
                GezagsdragerBekend = client.Standard == Standard.Ijw ? "1" : null,
                AangevraagdeProducten =
                [
                    new AangevraagdProduct
                    {
                        ReferentieAanbieder = "VOT-" + n,
                        Product = DefaultProduct(client.Standard),
                        ToewijzingIngangsdatum = Today.AddDays(14),
                        ToewijzingEinddatum = Today.AddDays(14).AddMonths(6),
                        Omvang = new Omvang(4, "04", "2"),
                        Verwijzer = new Verwijzer("01"),
                    },
                ],
            },
        };
    }

    public Bericht317 VerzoekOmWijziging(KnownToewijzing t) => new()
    {
        Standard = t.Standard,
        Header = Header(t.Standard, MessageCode.VerzoekOmWijziging, t.Agb, t.Gemeente),
        Client = new VerzoekOmWijzigingClient
        {
            Bsn = t.Client.Bsn,
            Verzoek = new Verzoek
            {
                ReferentieAanbieder = "VOW-" + Next(),
                RedenVerzoek = "1",
                TeWijzigenProducten =
                [
                    new TeWijzigenProduct { ToewijzingNummer = t.ToewijzingNummer, GewensteIngangsdatum = Today.AddDays(14), Einddatum = Today.AddDays(14).AddMonths(6), Omvang = new Omvang(6, "04", "2") },
                ],
            },
        },
    };

    /// <summary>A declaration over last month for the given toewijzingen (all of one gemeente, aanbieder and standard).</summary>
    public Bericht323 Declaratie(IReadOnlyList<KnownToewijzing> toewijzingen, Random random)
    {
        var first = toewijzingen[0];
        var today = Today;
        var periodStart = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var period = new GeslotenPeriode(periodStart, periodStart.AddMonths(1).AddDays(-1));
        var prestatie = 0;
        var clienten = toewijzingen
            .GroupBy(t => t.Client.Bsn, StringComparer.Ordinal)
            .Select(g => new DeclaratieClient
            {
                Bsn = g.Key,
                Prestaties = g.Select(t =>
                {
                    var bedrag = random.Next(50, 500) * 100L;
                    prestatie++;
                    return new Prestatie
                    {
                        ProductReferentie = new Referentie("P" + Next()),
                        ToewijzingNummer = t.ToewijzingNummer,
                        ProductCategorie = t.Product.Categorie,
                        ProductCode = t.Product.Code ?? "45A23",
                        ProductPeriode = period,
                        GeleverdVolume = bedrag,
                        Eenheid = "83",
                        IngediendBedrag = new BedragMetDC(bedrag, "D"),
                    };
                }).ToArray(),
            })
            .ToArray();
        var total = clienten.SelectMany(c => c.Prestaties).Sum(p => p.IngediendBedrag.Bedrag);
        return new Bericht323
        {
            Standard = first.Standard,
            Header = Header(first.Standard, MessageCode.Declaratie, first.Agb, first.Gemeente),
            Declaratie = new Declaratie
            {
                DeclaratieNummer = runPrefix + Next(),
                DeclaratiePeriode = period,
                DeclaratieDagtekening = today,
                TotaalIngediendBedrag = new TotaalBedragMetDC(total, "D"),
                Clienten = clienten,
            },
        };
    }

    /// <summary>A toewijzing made up for a client when no 301 arrived yet (level 3/4 checks will not know it).</summary>
    public KnownToewijzing MadeUpToewijzing(SampleClient client, string agb, long nummer)
    {
        var today = Today;
        return new KnownToewijzing(client.Standard, client.Gemeente, agb, client, nummer, DefaultProduct(client.Standard), new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddMonths(11).AddDays(-1));
    }

    private Header Header(Standard standard, MessageCode code, string agb, string gemeente) => new()
    {
        BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
        Afzender = agb,
        Ontvanger = gemeente,
        BerichtIdentificatie = new BerichtIdentificatie(runPrefix + Next(), Today),
        XsdVersie = xsdVersie,
    };

    private static VerkorteNaam Naam(SampleClient client)
    {
        var parts = client.Achternaam.Split(' ', 2);
        var achternaam = parts.Length == 2 ? new Achternaam(parts[1], parts[0]) : new Achternaam(client.Achternaam);
        return new VerkorteNaam(achternaam, null, client.Voorletters);
    }

    // Unique within the run; with the run prefix at most 12 characters (TR056 identificatie length).
    private string Next() => Interlocked.Increment(ref _counter).ToString("D9", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
