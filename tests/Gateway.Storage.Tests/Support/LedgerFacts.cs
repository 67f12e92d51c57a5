using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Storage.Ledger;
using Gateway.Storage.Relational;

namespace Gateway.Storage.Tests.Support;

/// <summary>
/// Ledger facts between iWmo gemeente 0344 (or another) and provider 41101234, written through the SQLite ledger in the
/// transaction that records their message, as the pipeline does, so each fact gets the message's time as its receipt.
/// </summary>
internal sealed class LedgerFacts(RelationalMessageStore store, FakeTimeProvider time)
{
    public const string Gemeente = "0344";
    public const string Aanbieder = "41101234";
    public const string Bsn = "999990184";

    private readonly RelationalLedger _ledger = new();
    private int _sequence;

    public RelationalLedger Ledger => _ledger;

    /// <summary>Records a message for <paramref name="bericht"/> now and applies it to the ledger; returns its receipt time.</summary>
    public async Task<DateTimeOffset> ApplyAsync(Bericht bericht)
    {
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        var flow = MessageCatalog.Get(bericht.Code).Sender == Party.Gemeente ? Flow.Outbound : Flow.Inbound;
        await _ledger.ApplyAsync(new LedgerEntry(id, flow, bericht), tx, default);
        await tx.CommitAsync();
        return time.GetUtcNow();
    }

    /// <summary>The client id the ledger gives <paramref name="bsn"/>.</summary>
    public async Task<string> ClientIdAsync(string bsn = Bsn)
    {
        await using var tx = await store.BeginAsync();
        return _ledger.ClientIdOf(tx, bsn);
    }

    public static ToegewezenProduct Toewijzing(long nummer, DateOnly datum, DateOnly ingang, DateOnly? einde, long volume = 8, string? reden = null, string? referentie = null) => new()
    {
        ToewijzingNummer = nummer,
        ReferentieAanbieder = referentie,
        Product = new Product("02", "02A01"),
        Toewijzingsdatum = datum,
        Toewijzingstijd = new TimeOnly(10, 0),
        Ingangsdatum = ingang,
        Einddatum = einde,
        RedenWijziging = reden,
        Omvang = new Omvang(volume, "04", "2"),
    };

    public Bericht301 Bericht301(string gemeente, params ToegewezenProduct[] producten) => new()
    {
        Standard = Standard.Iwmo,
        Header = Header(MessageCode.Toewijzing, gemeente),
        Client = new Client
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)),
            Geslacht = "2",
            Naam = new VolledigeNaam(new Achternaam("Vries"), null, null, null, "1"),
            Contactgegevens = [new Contact { Soort = "01" }],
            ToegewezenProducten = producten,
        },
    };

    public static StartProduct Start(long nummer, DateOnly begin, string status = "1") => new()
    {
        ToewijzingNummer = nummer,
        Product = new Product("02", "02A01"),
        ToewijzingIngangsdatum = new DateOnly(2026, 10, 1),
        Begindatum = begin,
        StatusAanlevering = status,
    };

    public Bericht305 Bericht305(params StartProduct[] lines) => new()
    {
        Standard = Standard.Iwmo,
        Header = Header(MessageCode.Start, Gemeente),
        Client = new StartClient { Bsn = Bsn, Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)), Geslacht = "2", Naam = new VerkorteNaam(new Achternaam("Vries"), null, "S"), StartProducten = lines },
    };

    public static StopProduct Stop(long nummer, DateOnly begin, string reden, DateOnly einde, string status = "1") => new()
    {
        ToewijzingNummer = nummer,
        Product = new Product("02", "02A01"),
        ToewijzingIngangsdatum = new DateOnly(2026, 10, 1),
        Begindatum = begin,
        RedenBeeindiging = reden,
        Einddatum = einde,
        StatusAanlevering = status,
    };

    public Bericht307 Bericht307(params StopProduct[] lines) => new()
    {
        Standard = Standard.Iwmo,
        Header = Header(MessageCode.Stop, Gemeente),
        Client = new StopClient { Bsn = Bsn, Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)), Geslacht = "2", Naam = new VerkorteNaam(new Achternaam("Vries"), null, "S"), StopProducten = lines },
    };

    public Bericht315 Bericht315(string referentie) => new()
    {
        Standard = Standard.Iwmo,
        Header = Header(MessageCode.VerzoekOmToewijzing, Gemeente),
        Client = new VerzoekOmToewijzingClient
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)),
            Geslacht = "2",
            Naam = new VerkorteNaam(new Achternaam("Vries"), null, "S"),
            AangevraagdeProducten =
            [
                new AangevraagdProduct
                {
                    ReferentieAanbieder = referentie, Product = new Product("02", "02A01"), ToewijzingIngangsdatum = new DateOnly(2026, 12, 1),
                    Omvang = new Omvang(6, "04", "2"), Verwijzer = new Verwijzer("01"),
                },
            ],
        },
    };

    public Bericht319 Bericht319(string referentie, string antwoord) => new()
    {
        Standard = Standard.Iwmo,
        Header = Header(MessageCode.Antwoord, Gemeente),
        Antwoord = new Antwoord { ReferentieAanbieder = referentie, VerzoekAntwoord = antwoord, RedenAfwijzingVerzoek = antwoord == "1" ? "1" : null },
    };

    public Header Header(MessageCode code, string gemeente)
    {
        var fromGemeente = MessageCatalog.Get(code).Sender == Party.Gemeente;
        return new Header
        {
            BerichtCode = MessageCatalog.Get(code).BerichtCode(Standard.Iwmo),
            Afzender = fromGemeente ? gemeente : Aanbieder,
            Ontvanger = fromGemeente ? Aanbieder : gemeente,
            BerichtIdentificatie = new BerichtIdentificatie("F" + (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 10)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        };
    }
}
