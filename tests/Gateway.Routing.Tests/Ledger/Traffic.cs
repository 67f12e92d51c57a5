using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger;

/// <summary>
/// Realistic, schema-valid messages between gemeente 0344 and provider 41101234 for one client, pushed through the
/// real pipeline (outbound 301/319 via the OutboundSubmitter, inbound 305/307/315/317 via the InboundProcessor), with
/// helpers that read the retourcode the built answer carries on a class.
/// </summary>
internal sealed class Traffic(TestGateway gateway, Standard standard)
{
    public const string Gemeente = "0344";
    public const string Aanbieder = "41101234";
    public const string Bsn = "999990184";
    public const string OtherBsn = "999990019";
    public static readonly DateOnly Dagtekening = DateOnly.FromDateTime(TestGateway.Start.UtcDateTime);
    public static readonly DateOnly Ingang = new(2026, 10, 1);

    private int _sequence;

    public Standard Standard => standard;

    /// <summary>The Dagtekening of the messages built from now on (a journey moves it with its clock).</summary>
    public DateOnly Today { get; set; } = Dagtekening;

    /// <summary>The gemeente of the messages built from now on (a journey switches it at a municipal merger).</summary>
    public string GemeenteCode { get; set; } = Gemeente;

    public TestGateway Gateway => gateway;

    public string Categorie => standard == Standard.Ijw ? "45" : "02";

    public Product Product => new(Categorie, standard == Standard.Ijw ? "45A48" : "02A01");

    public Product OtherProduct => new(standard == Standard.Ijw ? "54" : "01", standard == Standard.Ijw ? "54002" : "01A03");

    public ToegewezenProduct Toewijzing(long nummer, Product? product = null, DateOnly? ingang = null, DateOnly? einde = null, string? referentie = null, string? reden = null, TimeOnly? tijd = null, Omvang? omvang = null, long? budget = null, DateOnly? datum = null) => new()
    {
        ToewijzingNummer = nummer,
        ReferentieAanbieder = referentie,
        Product = product ?? Product,
        Toewijzingsdatum = datum ?? Ingang,
        Toewijzingstijd = tijd ?? new TimeOnly(10, 0, 0),
        Ingangsdatum = ingang ?? Ingang,
        Einddatum = reden == "13" ? ingang ?? Ingang : einde ?? new DateOnly(2027, 9, 30),
        RedenWijziging = reden,
        Omvang = budget is null ? omvang ?? new Omvang(8, "04", "4") : null,
        Budget = budget,
    };

    public Bericht301 Bericht301(string bsn, params ToegewezenProduct[] products) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.Toewijzing),
        Client = new Client
        {
            Bsn = bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)),
            Geslacht = "2",
            Naam = new VolledigeNaam(new Achternaam("Vries", "de"), null, "Sanne", "S", "1"),
            Contactgegevens =
            [
                new Contact
                {
                    Soort = "01",
                    Adres = new Adres(new Huis(88), "3511AB", "Oudegracht", "Utrecht", "NL"),
                    Telefoon = new Telefoonnummers(new Telefoon("0301234567", "0031")),
                },
            ],
            ToegewezenProducten = products,
        },
    };

    public StartProduct Start(long? nummer, DateOnly begin, string status = "1", Product? product = null, DateOnly? ingang = null) => new()
    {
        ToewijzingNummer = nummer,
        Product = product ?? Product,
        ToewijzingIngangsdatum = nummer is null ? null : ingang ?? Ingang,
        Begindatum = begin,
        StatusAanlevering = status,
    };

    public StopProduct Stop(long? nummer, DateOnly begin, string reden, DateOnly einde, string status = "1", Product? product = null, DateOnly? ingang = null) => new()
    {
        ToewijzingNummer = nummer,
        Product = product ?? Product,
        ToewijzingIngangsdatum = nummer is null ? null : ingang ?? Ingang,
        Begindatum = begin,
        RedenBeeindiging = reden,
        Einddatum = einde,
        StatusAanlevering = status,
    };

    /// <summary>A definitive RedenBeeindiging valid in both code lists.</summary>
    public const string Definitief = "02";

    /// <summary>RedenBeeindiging 20: temporary stop.</summary>
    public const string Tijdelijk = "20";

    public Bericht305 Bericht305(params StartProduct[] lines) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.Start),
        Client = new StartClient { Bsn = Bsn, Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)), Geslacht = "2", Naam = new VerkorteNaam(new Achternaam("Vries", "de"), "Sanne", "S"), StartProducten = lines },
    };

    public Bericht307 Bericht307(params StopProduct[] lines) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.Stop),
        Client = new StopClient { Bsn = Bsn, Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)), Geslacht = "2", Naam = new VerkorteNaam(new Achternaam("Vries", "de"), "Sanne", "S"), StopProducten = lines },
    };

    public AangevraagdProduct Aangevraagd(string referentie, Product? product = null) => new()
    {
        ReferentieAanbieder = referentie,
        Product = product ?? Product,
        ToewijzingIngangsdatum = new DateOnly(2026, 12, 1),
        ToewijzingEinddatum = new DateOnly(2027, 11, 30),
        Omvang = new Omvang(6, "04", "4"),
        Verwijzer = standard == Standard.Ijw ? new Verwijzer("02", null, "01012345") : new Verwijzer("01"),
    };

    public Bericht315 Bericht315(string bsn = Bsn, params AangevraagdProduct[] products) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.VerzoekOmToewijzing),
        Client = new VerzoekOmToewijzingClient { Bsn = bsn, Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)), Geslacht = "2", Naam = new VerkorteNaam(new Achternaam("Vries", "de"), "Sanne", "S"), AangevraagdeProducten = products },
    };

    public Bericht317 Bericht317(string referentie, IReadOnlyList<long>? ongewijzigd = null, IReadOnlyList<TeWijzigenProduct>? teWijzigen = null, IReadOnlyList<NieuwProduct>? nieuw = null, string bsn = Bsn) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.VerzoekOmWijziging),
        Client = new VerzoekOmWijzigingClient
        {
            Bsn = bsn,
            Verzoek = new Verzoek
            {
                ReferentieAanbieder = referentie,
                RedenVerzoek = "1",
                OngewijzigdeProducten = ongewijzigd is { Count: > 0 } ? [.. ongewijzigd.Select(n => new OngewijzigdProduct { ToewijzingNummer = n })] : null,
                TeWijzigenProducten = teWijzigen is { Count: > 0 } ? teWijzigen : null,
                NieuweProducten = nieuw is { Count: > 0 } ? nieuw : null,
            },
        },
    };

    public Bericht319 Bericht319(string referentie, string antwoord, string? reden = null) => new()
    {
        Standard = standard,
        Header = Header(MessageCode.Antwoord),
        Antwoord = new Antwoord { ReferentieAanbieder = referentie, VerzoekAntwoord = antwoord, RedenAfwijzingVerzoek = antwoord == "1" ? reden ?? "1" : null },
    };

    public Header Header(MessageCode code)
    {
        var fromGemeente = MessageCatalog.Get(code).Sender == Party.Gemeente;
        return new Header
        {
            BerichtCode = MessageCatalog.Get(code).BerichtCode(standard),
            Afzender = fromGemeente ? GemeenteCode : Aanbieder,
            Ontvanger = fromGemeente ? Aanbieder : GemeenteCode,
            BerichtIdentificatie = new BerichtIdentificatie(string.Create(CultureInfo.InvariantCulture, $"L{(int)code}-{++_sequence:D4}"), Today),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        };
    }

    /// <summary>Sends an outbound message (301/319) through the OutboundSubmitter.</summary>
    public Task<OutboundReceipt> SubmitAsync(Bericht bericht) =>
        gateway.Outbound.SubmitAsync(new OutboundSubmission(BerichtWriter.ToBytes(bericht), GemeenteCode, "test"));

    /// <summary>Submits and asserts it was queued (a step of a sequence that must pass).</summary>
    public async Task SentAsync(Bericht bericht)
    {
        var receipt = await SubmitAsync(bericht);
        Assert.True(receipt.Queued, "Expected the outbound message to be queued: " + receipt.Reason);
    }

    /// <summary>Receives an inbound message from the hub and returns the receipt with the built answer.</summary>
    public async Task<(InboundReceipt Receipt, Bericht? Answer)> ReceiveAsync(Bericht bericht)
    {
        var receipt = await gateway.ReceiveAsync(BerichtWriter.ToBytes(bericht));
        var bytes = receipt.AnswerMessageId is { } id ? await gateway.Store.ReadPayloadAsync(id) : null;
        return (receipt, bytes is null ? null : BerichtReader.Read(bytes));
    }

    /// <summary>Receives and asserts it was accepted.</summary>
    public async Task AcceptedAsync(Bericht bericht)
    {
        var (receipt, _) = await ReceiveAsync(bericht);
        Assert.True(receipt.Disposition == InboundDisposition.Accepted, $"Expected acceptance, got {receipt.Disposition} {string.Join(",", receipt.RetourCodes)}");
    }

    /// <summary>Receives and asserts the answer carries exactly <paramref name="code"/> on the class at <paramref name="path"/>.</summary>
    public async Task RejectedAsync(Bericht bericht, string path, params string[] codes)
    {
        var (receipt, answer) = await ReceiveAsync(bericht);
        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        Assert.NotNull(answer);
        Assert.Equal(codes, CodesAt(answer, path));
    }

    /// <summary>Submits and asserts the refusal names exactly <paramref name="code"/> at <paramref name="path"/>.</summary>
    public async Task RefusedAsync(Bericht bericht, string path, string code)
    {
        var receipt = await SubmitAsync(bericht);
        Assert.False(receipt.Queued);
        Assert.Contains(receipt.Issues, i => i.RetourCode == code && i.Path == path);
        Assert.All(receipt.Issues, i => Assert.True(i.Level == 3, $"Unexpected issue {i.Code} {i.RetourCode} at {i.Path}"));
    }

    public static IReadOnlyList<string> CodesAt(Bericht answer, string path)
    {
        if (path == ClassPaths.Header)
        {
            return ((RetourHeader)answer.Header).RetourCodes;
        }

        var match = ClassPaths.Of(answer).Single(c => c.Path == path);
        return ((IMessageClass)match.Record).RetourCodes;
    }
}
