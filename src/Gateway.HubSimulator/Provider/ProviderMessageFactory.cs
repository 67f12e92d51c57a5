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

    /// <summary>The product of made-up toewijzingen and requests: on the national list of the standard (iJw 45A48, iWmo 02A01).</summary>
    public static Product DefaultProduct(Standard standard) => standard == Standard.Ijw ? new("45", "45A48") : new("02", "02A01");

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Messages.Envelopes.Ggk.GgkTijdstip.FromInstant(time.GetUtcNow()));

    /// <summary>A 305 starting the care of a toewijzing the provider holds.</summary>
    public Bericht305 Start(KnownToewijzing t) => Start(t.Standard, t.Agb, t.Gemeente, t.Client, new StartProduct
    {
        ToewijzingNummer = t.ToewijzingNummer,
        Product = t.Product,
        ToewijzingIngangsdatum = t.Ingangsdatum,
        Begindatum = Min(t.Ingangsdatum, Today),
        StatusAanlevering = "1",
    });

    /// <summary>A start without ToewijzingNummer for a taakgericht product, as a contract with start/stop agreed allows (TR019).</summary>
    public Bericht305 StartZonderToewijzing(SampleClient client, string agb, Product product) =>
        Start(client.Standard, agb, client.Gemeente, client, new StartProduct { Product = product, Begindatum = Today, StatusAanlevering = "1" });

    /// <summary>A 307 stopping the care of a toewijzing the provider holds.</summary>
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

    /// <summary>A 315 asking the gemeente for a toewijzing for a client.</summary>
    public Bericht315 VerzoekOmToewijzing(SampleClient client, string agb, Product? product = null)
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
                        Product = product ?? DefaultProduct(client.Standard),
                        ToewijzingIngangsdatum = Today.AddDays(14),
                        ToewijzingEinddatum = Today.AddDays(14).AddMonths(6),
                        Omvang = new Omvang(4, "04", "2"),
                        Verwijzer = new Verwijzer("01"),
                    },
                ],
            },
        };
    }

    /// <summary>A request to change <paramref name="t"/> by one more unit, listing no other toewijzing as unchanged.</summary>
    public Bericht317 VerzoekOmWijziging(KnownToewijzing t) => VerzoekOmWijziging(t, []);

    /// <summary>A request to change <paramref name="t"/> by one more unit; the client's other toewijzingen at this provider are listed unchanged (TR349).</summary>
    public Bericht317 VerzoekOmWijziging(KnownToewijzing t, IReadOnlyList<KnownToewijzing> unchanged) => new()
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
                OngewijzigdeProducten = unchanged.Count == 0 ? null : [.. unchanged.Select(u => new OngewijzigdProduct { ToewijzingNummer = u.ToewijzingNummer })],
                TeWijzigenProducten =
                [
                    new TeWijzigenProduct
                    {
                        ToewijzingNummer = t.ToewijzingNummer,
                        GewensteIngangsdatum = Today.AddDays(14),
                        Einddatum = Today.AddDays(14).AddMonths(6),
                        Omvang = t.Omvang is { } omvang ? omvang with { Volume = omvang.Volume + 1 } : new Omvang(6, "04", "2"),
                    },
                ],
            },
        },
    };

    /// <summary>The first day of last month: the month a declaration covers by default.</summary>
    public DateOnly LastMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);

    /// <summary>
    /// A declaration of care in one month (default last month) for the given toewijzingen (all of one gemeente, aanbieder
    /// and standard). Its DeclaratiePeriode is always last month, as provider software declares: an earlier month's care
    /// goes in the current declaration (TR319 allows it; TR318/IV090 refuse a DeclaratiePeriode before the last one). A toewijzing with an Omvang in a unit with a tariff is declared in that unit, one period's volume at
    /// the tariff <paramref name="tarief"/> gives (the contract's); otherwise in euro's (Eenheid 83), a random amount.
    /// </summary>
    public Bericht323 Declaratie(IReadOnlyList<KnownToewijzing> toewijzingen, Random random, DateOnly? month = null, Func<KnownToewijzing, DateOnly, long?>? tarief = null)
    {
        var first = toewijzingen[0];
        var periodStart = month ?? LastMonth;
        var period = new GeslotenPeriode(periodStart, periodStart.AddMonths(1).AddDays(-1));
        var clienten = toewijzingen
            .GroupBy(t => t.Client.Bsn, StringComparer.Ordinal)
            .Select(g => new DeclaratieClient
            {
                Bsn = g.Key,
                Prestaties = g.Select(t => Prestatie(t, period, random, tarief)).ToArray(),
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
                DeclaratiePeriode = new GeslotenPeriode(LastMonth, LastMonth.AddMonths(1).AddDays(-1)),
                DeclaratieDagtekening = Today,
                TotaalIngediendBedrag = new TotaalBedragMetDC(total, "D"),
                Clienten = clienten,
            },
        };
    }

    /// <summary>The months after the toewijzing's start, up to last month, that can be declared (at most the last two).</summary>
    public IEnumerable<DateOnly> DeclarableMonths(KnownToewijzing t)
    {
        for (var month = LastMonth; month >= LastMonth.AddMonths(-1); month = month.AddMonths(-1))
        {
            if (t.Ingangsdatum <= month.AddMonths(1).AddDays(-1) && (t.Einddatum is null || t.Einddatum >= month))
            {
                yield return month;
            }
        }
    }

    private Prestatie Prestatie(KnownToewijzing t, GeslotenPeriode month, Random random, Func<KnownToewijzing, DateOnly, long?>? tarief)
    {
        // The ProductPeriode starts on the 1st unless the toewijzing starts later, and ends on the last day unless it ends earlier (TR387/TR388).
        var period = new GeslotenPeriode(Max(month.Begindatum, t.Ingangsdatum), t.Einddatum is { } end ? Min(month.Einddatum, end) : month.Einddatum);
        var product = new Prestatie
        {
            ProductReferentie = new Referentie("P" + Next()),
            ToewijzingNummer = t.ToewijzingNummer,
            ProductCategorie = t.Product.Categorie,
            ProductCode = t.Product.Code ?? DefaultProduct(t.Standard).Code!,
            ProductPeriode = period,
            GeleverdVolume = 0,
            Eenheid = "83",
            IngediendBedrag = new BedragMetDC(0, "D"),
        };
        if (t.Omvang is { Eenheid: not "83" } omvang && tarief?.Invoke(t, period.Begindatum) is { } perEenheid)
        {
            // One week's or one month's volume fits every period rule for a whole month; a total is spread thinly.
            var volume = omvang.Frequentie == "6" ? 1 : Math.Max(1, omvang.Volume);
            return product with { GeleverdVolume = volume, Eenheid = omvang.Eenheid, ProductTarief = perEenheid, IngediendBedrag = new BedragMetDC(volume * perEenheid, "D") };
        }

        var bedrag = random.Next(50, 500) * 100L;
        return product with { GeleverdVolume = bedrag, IngediendBedrag = new BedragMetDC(bedrag, "D") };
    }

    /// <summary>A toewijzing made up for a client when no 301 arrived yet (level 3/4 checks will not know it).</summary>
    public KnownToewijzing MadeUpToewijzing(SampleClient client, string agb, long nummer)
    {
        var today = Today;
        return new KnownToewijzing(client.Standard, client.Gemeente, agb, client, nummer, DefaultProduct(client.Standard), new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddMonths(11).AddDays(-1));
    }

    private Bericht305 Start(Standard standard, string agb, string gemeente, SampleClient client, StartProduct product) => new()
    {
        Standard = standard,
        Header = Header(standard, MessageCode.Start, agb, gemeente),
        Client = new StartClient
        {
            Bsn = client.Bsn,
            Geboortedatum = new Geboortedatum(client.Geboortedatum),
            Geslacht = client.Geslacht,
            Naam = Naam(client),
            StartProducten = [product],
        },
    };

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
