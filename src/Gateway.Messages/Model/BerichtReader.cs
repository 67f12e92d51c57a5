using System.Text.RegularExpressions;
using System.Xml;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>
/// Maps an XSD-valid release-3.2 document (iJw or iWmo; the caller validates first) to its <see cref="Bericht"/> record.
/// </summary>
/// <remarks>
/// The document is streamed: the header and each client are materialised one at a time, so a 20 MB 323 costs the
/// model plus one client subtree. Anything the model cannot hold fails with a <see cref="BerichtReadException"/>
/// that names the element path.
/// </remarks>
public static partial class BerichtReader
{
    private const string RootName = "Bericht";

    /// <summary>Safe reader settings: no DTD, no external resolution, comments and whitespace skipped.</summary>
    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Reads a document from a stream with <see cref="SafeSettings"/>.</summary>
    public static Bericht Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, SafeSettings());
        return Read(reader);
    }

    /// <summary>Reads a document from bytes with <see cref="SafeSettings"/>.</summary>
    public static Bericht Read(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        return Read(stream);
    }

    /// <summary>Reads the document the reader is positioned at (before or on the root element).</summary>
    public static Bericht Read(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return ReadCore(reader);
        }
        catch (XmlException e)
        {
            throw NotWellFormed(e);
        }
    }

    /// <summary>
    /// Reads through a reader that validates as it goes (level 1's pass): an <see cref="XmlException"/> is left to the
    /// caller, which reports it as level 1 does.
    /// </summary>
    internal static Bericht ReadValidated(XmlReader reader) => ReadCore(reader);

    /// <summary>XmlException texts can quote document content; keep only the position.</summary>
    internal static BerichtReadException NotWellFormed(XmlException e) =>
        new($"The document is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}).", e);

    /// <summary>The identity (standard, message, release) of a root namespace, or null when it is not a 3.x message namespace.</summary>
    public static MessageIdentity? IdentityOf(string rootNamespace)
    {
        var match = NamespacePattern().Match(rootNamespace);
        if (!match.Success
            || !StandardNames.TryParse(match.Groups["std"].Value, out var standard)
            || !MessageCatalog.TryParseNumber(match.Groups["nr"].Value, out var code))
        {
            return null;
        }

        var release = match.Groups["rel"].Value.Replace('_', '.');
        return MessageIdentity.MessageNamespace(standard, code, release) == rootNamespace
            ? new MessageIdentity(standard, code, release)
            : null;
    }

    private static Bericht ReadCore(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != RootName)
        {
            throw new BerichtReadException("/" + reader.LocalName, "the root element must be Bericht");
        }

        var identity = IdentityOf(reader.NamespaceURI)
            ?? throw new BerichtReadException("/" + RootName, "the root namespace is not a known iJw/iWmo message namespace");
        if (identity.Release != Bericht.Release32)
        {
            throw new BerichtReadException("/" + RootName, $"release {identity.Release} is not supported (only {Bericht.Release32})");
        }

        var context = new ReadContext(identity);
        var root = new MessageElement(RootName, context.Msg);
        var streamed = new Dictionary<string, object>();
        if (!reader.IsEmptyElement)
        {
            reader.ReadStartElement();
            while (reader.MoveToContent() == XmlNodeType.Element)
            {
                var isBodyWithClienten = reader.NamespaceURI == context.Msg
                    && ((identity.Message == MessageCode.Declaratie && reader.LocalName == "Declaratie")
                        || (identity.Message == MessageCode.DeclaratieAntwoord && reader.LocalName == "DeclaratieAntwoord"));
                if (isBodyWithClienten)
                {
                    var (shell, clienten) = StreamClienten(reader, context, "/" + RootName + "/" + reader.LocalName);
                    root.Add(shell);
                    if (clienten is not null)
                    {
                        streamed[shell.LocalName] = clienten;
                    }
                }
                else
                {
                    root.Add(MessageElement.ReadFrom(reader));
                }
            }
        }

        var node = context.Node(root, "/" + RootName);
        var bericht = MapMessage(node, context, streamed);
        node.Done();
        return bericht;
    }

    /// <summary>Reads Declaratie/DeclaratieAntwoord keeping its small children and mapping Clienten/Client one at a time.</summary>
    private static (MessageElement Shell, List<DeclaratieClient>? Clienten) StreamClienten(XmlReader reader, ReadContext context, string path)
    {
        var shell = new MessageElement(reader.LocalName, reader.NamespaceURI);
        List<DeclaratieClient>? clienten = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (shell, clienten);
        }

        reader.ReadStartElement();
        while (reader.MoveToContent() == XmlNodeType.Element)
        {
            if (reader.LocalName == "Clienten" && reader.NamespaceURI == context.Msg)
            {
                clienten = [];
                if (reader.IsEmptyElement)
                {
                    reader.Read();
                    continue;
                }

                reader.ReadStartElement();
                while (reader.MoveToContent() == XmlNodeType.Element)
                {
                    var element = MessageElement.ReadFrom(reader);
                    var clientPath = ClassPaths.Item(path + "/Clienten", "Client", clienten.Count + 1);
                    if (!element.Is("Client", context.Msg))
                    {
                        throw new BerichtReadException(path + "/Clienten/" + element.LocalName, "element is not part of the model of this message");
                    }

                    clienten.Add(MapDeclaratieClient(context.Node(element, clientPath)));
                }

                reader.ReadEndElement();
            }
            else
            {
                shell.Add(MessageElement.ReadFrom(reader));
            }
        }

        reader.ReadEndElement();
        return (shell, clienten);
    }

    private static Bericht MapMessage(ElementNode root, ReadContext context, Dictionary<string, object> streamed)
    {
        var standard = context.Identity.Standard;
        var release = context.Identity.Release;
        return context.Identity.Message switch
        {
            MessageCode.Toewijzing => new Bericht301 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Client = MapClient(root.Child("Client")) },
            MessageCode.ToewijzingRetour => new Bericht302 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Client = Opt(root.OptChild("Client"), MapClient) },
            MessageCode.Start => new Bericht305 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Client = MapStartClient(root.Child("Client")) },
            MessageCode.StartRetour => new Bericht306 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Client = Opt(root.OptChild("Client"), MapStartClient) },
            MessageCode.Stop => new Bericht307 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Client = MapStopClient(root.Child("Client")) },
            MessageCode.StopRetour => new Bericht308 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Client = Opt(root.OptChild("Client"), MapStopClient) },
            MessageCode.VerzoekOmToewijzing => new Bericht315 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Client = MapVotClient(root.Child("Client")) },
            MessageCode.VerzoekOmToewijzingRetour => new Bericht316 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Client = Opt(root.OptChild("Client"), MapVotClient) },
            MessageCode.VerzoekOmWijziging => new Bericht317 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Client = MapVowClient(root.Child("Client")) },
            MessageCode.VerzoekOmWijzigingRetour => new Bericht318 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Client = Opt(root.OptChild("Client"), MapVowClient) },
            MessageCode.Antwoord => new Bericht319 { Standard = standard, Release = release, Header = MapHeader(root.Child("Header")), Antwoord = MapAntwoord(root.Child("Antwoord")) },
            MessageCode.AntwoordRetour => new Bericht320 { Standard = standard, Release = release, Header = MapRetourHeader(root.Child("Header")), Antwoord = Opt(root.OptChild("Antwoord"), MapAntwoord) },
            MessageCode.Declaratie => new Bericht323
            {
                Standard = standard,
                Release = release,
                Header = MapHeader(root.Child("Header")),
                Declaratie = MapDeclaratie(root.Child("Declaratie"), streamed.GetValueOrDefault("Declaratie") as List<DeclaratieClient>),
            },
            MessageCode.DeclaratieAntwoord => new Bericht325
            {
                Standard = standard,
                Release = release,
                Header = MapDeclaratieAntwoordHeader(root.Child("Header")),
                DeclaratieAntwoord = Opt(root.OptChild("DeclaratieAntwoord"), n => MapDeclaratieAntwoord(n, streamed.GetValueOrDefault("DeclaratieAntwoord") as List<DeclaratieClient>)),
            },
            _ => throw new BerichtReadException("/" + RootName, "unknown message"),
        };
    }

    private static T? Opt<T>(ElementNode? node, Func<ElementNode, T> map)
        where T : class => node is null ? null : map(node);

    /// <summary>Maps a class element and checks that nothing was left over.</summary>
    private static T Done<T>(ElementNode node, T value)
    {
        node.Done();
        return value;
    }

    // Headers

    private static Header MapHeader(ElementNode n) => Done(n, new Header
    {
        BerichtCode = n.Text("BerichtCode"),
        BerichtVersie = n.Int("BerichtVersie"),
        BerichtSubversie = n.Int("BerichtSubversie"),
        Afzender = n.Text("Afzender"),
        Ontvanger = n.Text("Ontvanger"),
        BerichtIdentificatie = MapBerichtIdentificatie(n.Cdt("BerichtIdentificatie")),
        XsdVersie = MapXsdVersie(n.Cdt("XsdVersie")),
    });

    private static RetourHeader MapRetourHeader(ElementNode n) => Done(n, new RetourHeader
    {
        BerichtCode = n.Text("BerichtCode"),
        BerichtVersie = n.Int("BerichtVersie"),
        BerichtSubversie = n.Int("BerichtSubversie"),
        Afzender = n.Text("Afzender"),
        Ontvanger = n.Text("Ontvanger"),
        BerichtIdentificatie = MapBerichtIdentificatie(n.Cdt("BerichtIdentificatie")),
        XsdVersie = MapXsdVersie(n.Cdt("XsdVersie")),
        IdentificatieRetour = n.Text("IdentificatieRetour"),
        DagtekeningRetour = n.Date("DagtekeningRetour"),
        XsltVersie = n.OptText("XsltVersie"),
        XsdVersieRetour = MapXsdVersie(n.Cdt("XsdVersieRetour")),
        RetourCodes = n.RetourCodes(),
    });

    private static DeclaratieAntwoordHeader MapDeclaratieAntwoordHeader(ElementNode n) => Done(n, new DeclaratieAntwoordHeader
    {
        BerichtCode = n.Text("BerichtCode"),
        BerichtVersie = n.Int("BerichtVersie"),
        BerichtSubversie = n.Int("BerichtSubversie"),
        Afzender = n.Text("Afzender"),
        Ontvanger = n.Text("Ontvanger"),
        BerichtIdentificatie = MapBerichtIdentificatie(n.Cdt("BerichtIdentificatie")),
        XsdVersie = MapXsdVersie(n.Cdt("XsdVersie")),
        DeclaratieIdentificatie = MapBerichtIdentificatie(n.Cdt("DeclaratieIdentificatie")),
        XsltVersie = n.OptText("XsltVersie"),
        XsdVersieDeclaratie = MapXsdVersie(n.Cdt("XsdVersieDeclaratie")),
        RetourCodes = n.RetourCodes(),
    });

    // Composite datatypes

    private static BerichtIdentificatie MapBerichtIdentificatie(ElementNode n) =>
        Done(n, new BerichtIdentificatie(n.Text("Identificatie"), n.Date("Dagtekening")));

    private static XsdVersie MapXsdVersie(ElementNode n) =>
        Done(n, new XsdVersie(n.Text("BasisschemaXsdVersie"), n.Text("BerichtXsdVersie")));

    private static Product MapProduct(ElementNode n) => Done(n, new Product(n.Text("Categorie"), n.OptText("Code")));

    private static Omvang MapOmvang(ElementNode n) =>
        Done(n, new Omvang(n.Long("Volume"), n.Text("Eenheid"), n.Text("Frequentie")));

    private static GeslotenPeriode MapGeslotenPeriode(ElementNode n) =>
        Done(n, new GeslotenPeriode(n.Date("Begindatum"), n.Date("Einddatum")));

    private static OpenPeriode MapOpenPeriode(ElementNode n) =>
        Done(n, new OpenPeriode(n.OptDate("Begindatum"), n.OptDate("Einddatum")));

    private static BedragMetDC MapBedragMetDC(ElementNode n) => Done(n, new BedragMetDC(n.Long("Bedrag"), n.Text("DebetCredit")));

    private static TotaalBedragMetDC MapTotaalBedragMetDC(ElementNode n) =>
        Done(n, new TotaalBedragMetDC(n.Long("TotaalBedrag"), n.Text("DebetCredit")));

    private static Referentie MapReferentie(ElementNode n) =>
        Done(n, new Referentie(n.Text("ReferentieNummer"), n.OptText("VorigReferentieNummer")));

    private static Verwijzer MapVerwijzer(ElementNode n) =>
        Done(n, new Verwijzer(n.Text("Type"), n.OptText("Naam"), n.OptText("ZorgverlenerCode")));

    private static Geboortedatum MapGeboortedatum(ElementNode n) =>
        Done(n, new Geboortedatum(n.Date("Datum"), n.OptText("DatumGebruik")));

    private static Achternaam MapAchternaam(ElementNode n) => Done(n, new Achternaam(n.Text("Achternaam"), n.OptText("Voorvoegsel")));

    private static VolledigeNaam MapVolledigeNaam(ElementNode n) => Done(n, new VolledigeNaam(
        MapAchternaam(n.Cdt("Geslachtsnaam")),
        Opt(n.OptCdt("Partnernaam"), MapAchternaam),
        n.OptText("Voornamen"),
        n.OptText("Voorletters"),
        n.Text("NaamGebruik")));

    private static VerkorteNaam MapVerkorteNaam(ElementNode n) =>
        Done(n, new VerkorteNaam(MapAchternaam(n.Cdt("Geslachtsnaam")), n.OptText("Voornamen"), n.OptText("Voorletters")));

    private static Communicatie MapCommunicatie(ElementNode n) => Done(n, new Communicatie(n.Text("Vorm"), n.OptText("Taal")));

    private static Huis MapHuis(ElementNode n) => Done(n, new Huis(
        n.Int("Huisnummer"), n.OptText("Huisletter"), n.OptText("HuisnummerToevoeging"), n.OptText("AanduidingWoonadres")));

    private static Adres MapAdres(ElementNode n) => Done(n, new Adres(
        Opt(n.OptCdt("Huis"), MapHuis), n.OptText("Postcode"), n.OptText("Straatnaam"), n.OptText("Plaatsnaam"), n.OptText("LandCode")));

    private static Telefoon MapTelefoon(ElementNode n) => Done(n, new Telefoon(n.Text("Telefoonnummer"), n.Text("Landnummer")));

    private static Telefoonnummers MapTelefoonnummers(ElementNode n) =>
        Done(n, new Telefoonnummers(MapTelefoon(n.Cdt("Telefoon01")), Opt(n.OptCdt("Telefoon02"), MapTelefoon)));

    // 301/302

    private static Client MapClient(ElementNode n) => Done(n, new Client
    {
        Bsn = n.Text("Bsn"),
        Geboortedatum = MapGeboortedatum(n.Cdt("Geboortedatum")),
        Geslacht = n.Text("Geslacht"),
        Naam = MapVolledigeNaam(n.Cdt("Naam")),
        Communicatie = Opt(n.OptCdt("Communicatie"), MapCommunicatie),
        JuridischeStatus = n.OptText("JuridischeStatus"),
        WettelijkeVertegenwoordiging = n.OptText("WettelijkeVertegenwoordiging"),
        Commentaar = n.OptText("Commentaar"),
        Relaties = n.OptList("Relaties", "Relatie", MapRelatie),
        Contactgegevens = n.List("Contactgegevens", "Contact", MapContact),
        ToegewezenProducten = n.List("ToegewezenProducten", "ToegewezenProduct", MapToegewezenProduct),
        RetourCodes = n.RetourCodes(),
    });

    private static Relatie MapRelatie(ElementNode n) => Done(n, new Relatie
    {
        Nummer = n.Text("Nummer"),
        Volgorde = n.OptInt("Volgorde"),
        Soort = n.Text("Soort"),
        Geboortedatum = Opt(n.OptCdt("Geboortedatum"), MapGeboortedatum),
        Geslacht = n.OptText("Geslacht"),
        Naam = MapVolledigeNaam(n.Cdt("Naam")),
        Contact = MapContact(n.Child("Contact")),
        RetourCodes = n.RetourCodes(),
    });

    private static Contact MapContact(ElementNode n) => Done(n, new Contact
    {
        Soort = n.Text("Soort"),
        Adres = Opt(n.OptCdt("Adres"), MapAdres),
        Organisatie = n.OptText("Organisatie"),
        Telefoon = Opt(n.OptCdt("Telefoon"), MapTelefoonnummers),
        Emailadres = n.OptText("Emailadres"),
        Periode = Opt(n.OptCdt("Periode"), MapOpenPeriode),
        RetourCodes = n.RetourCodes(),
    });

    private static ToegewezenProduct MapToegewezenProduct(ElementNode n) => Done(n, new ToegewezenProduct
    {
        ToewijzingNummer = n.Long("ToewijzingNummer"),
        ReferentieAanbieder = n.OptText("ReferentieAanbieder"),
        Product = Opt(n.OptCdt("Product"), MapProduct),
        Toewijzingsdatum = n.Date("Toewijzingsdatum"),
        Toewijzingstijd = n.Time("Toewijzingstijd"),
        Ingangsdatum = n.Date("Ingangsdatum"),
        Einddatum = n.OptDate("Einddatum"),
        RedenWijziging = n.OptText("RedenWijziging"),
        Omvang = Opt(n.OptCdt("Omvang"), MapOmvang),
        Budget = n.OptLong("Budget"),
        Commentaar = n.OptText("Commentaar"),
        RetourCodes = n.RetourCodes(),
    });

    // 305/306, 307/308

    private static StartClient MapStartClient(ElementNode n) => Done(n, new StartClient
    {
        Bsn = n.Text("Bsn"),
        Geboortedatum = MapGeboortedatum(n.Cdt("Geboortedatum")),
        Geslacht = n.Text("Geslacht"),
        Naam = MapVerkorteNaam(n.Cdt("Naam")),
        StartProducten = n.List("StartProducten", "StartProduct", MapStartProduct),
        RetourCodes = n.RetourCodes(),
    });

    private static StartProduct MapStartProduct(ElementNode n) => Done(n, new StartProduct
    {
        ToewijzingNummer = n.OptLong("ToewijzingNummer"),
        Product = Opt(n.OptCdt("Product"), MapProduct),
        ToewijzingIngangsdatum = n.OptDate("ToewijzingIngangsdatum"),
        Begindatum = n.Date("Begindatum"),
        StatusAanlevering = n.Text("StatusAanlevering"),
        RetourCodes = n.RetourCodes(),
    });

    private static StopClient MapStopClient(ElementNode n) => Done(n, new StopClient
    {
        Bsn = n.Text("Bsn"),
        Geboortedatum = MapGeboortedatum(n.Cdt("Geboortedatum")),
        Geslacht = n.Text("Geslacht"),
        Naam = MapVerkorteNaam(n.Cdt("Naam")),
        StopProducten = n.List("StopProducten", "StopProduct", MapStopProduct),
        RetourCodes = n.RetourCodes(),
    });

    private static StopProduct MapStopProduct(ElementNode n) => Done(n, new StopProduct
    {
        ToewijzingNummer = n.OptLong("ToewijzingNummer"),
        Product = Opt(n.OptCdt("Product"), MapProduct),
        ToewijzingIngangsdatum = n.OptDate("ToewijzingIngangsdatum"),
        Begindatum = n.Date("Begindatum"),
        RedenBeeindiging = n.Text("RedenBeeindiging"),
        Einddatum = n.Date("Einddatum"),
        StatusAanlevering = n.Text("StatusAanlevering"),
        RetourCodes = n.RetourCodes(),
    });

    // 315/316, 317/318

    private static VerzoekOmToewijzingClient MapVotClient(ElementNode n) => Done(n, new VerzoekOmToewijzingClient
    {
        Bsn = n.Text("Bsn"),
        Geboortedatum = MapGeboortedatum(n.Cdt("Geboortedatum")),
        Geslacht = n.Text("Geslacht"),
        Naam = MapVerkorteNaam(n.Cdt("Naam")),
        GezagsdragerBekend = n.OptText("GezagsdragerBekend"),
        Commentaar = n.OptText("Commentaar"),
        AangevraagdeProducten = n.List("AangevraagdeProducten", "AangevraagdProduct", MapAangevraagdProduct),
        RetourCodes = n.RetourCodes(),
    });

    private static AangevraagdProduct MapAangevraagdProduct(ElementNode n) => Done(n, new AangevraagdProduct
    {
        ReferentieAanbieder = n.Text("ReferentieAanbieder"),
        BeschikkingNummer = n.OptLong("BeschikkingNummer"),
        Product = Opt(n.OptCdt("Product"), MapProduct),
        BeschikkingIngangsdatum = n.OptDate("BeschikkingIngangsdatum"),
        ToewijzingIngangsdatum = n.Date("ToewijzingIngangsdatum"),
        ToewijzingEinddatum = n.OptDate("ToewijzingEinddatum"),
        Omvang = Opt(n.OptCdt("Omvang"), MapOmvang),
        Budget = n.OptLong("Budget"),
        Verwijzer = MapVerwijzer(n.Cdt("Verwijzer")),
        Raamcontract = n.OptText("Raamcontract"),
        Commentaar = n.OptText("Commentaar"),
        RetourCodes = n.RetourCodes(),
    });

    private static VerzoekOmWijzigingClient MapVowClient(ElementNode n) => Done(n, new VerzoekOmWijzigingClient
    {
        Bsn = n.Text("Bsn"),
        Verzoek = MapVerzoek(n.Child("Verzoek")),
        RetourCodes = n.RetourCodes(),
    });

    private static Verzoek MapVerzoek(ElementNode n) => Done(n, new Verzoek
    {
        ReferentieAanbieder = n.Text("ReferentieAanbieder"),
        RedenVerzoek = n.Text("RedenVerzoek"),
        OngewijzigdeProducten = n.OptList("OngewijzigdeProducten", "OngewijzigdProduct", p => Done(p, new OngewijzigdProduct
        {
            ToewijzingNummer = p.Long("ToewijzingNummer"),
            RetourCodes = p.RetourCodes(),
        })),
        TeWijzigenProducten = n.OptList("TeWijzigenProducten", "TeWijzigenProduct", p => Done(p, new TeWijzigenProduct
        {
            ToewijzingNummer = p.Long("ToewijzingNummer"),
            GewensteIngangsdatum = p.Date("GewensteIngangsdatum"),
            Einddatum = p.OptDate("Einddatum"),
            Omvang = Opt(p.OptCdt("Omvang"), MapOmvang),
            Budget = p.OptLong("Budget"),
            RetourCodes = p.RetourCodes(),
        })),
        NieuweProducten = n.OptList("NieuweProducten", "NieuwProduct", p => Done(p, new NieuwProduct
        {
            Product = Opt(p.OptCdt("Product"), MapProduct),
            GewensteIngangsdatum = p.Date("GewensteIngangsdatum"),
            Einddatum = p.OptDate("Einddatum"),
            Omvang = Opt(p.OptCdt("Omvang"), MapOmvang),
            Budget = p.OptLong("Budget"),
            RetourCodes = p.RetourCodes(),
        })),
        RetourCodes = n.RetourCodes(),
    });

    // 319/320

    private static Antwoord MapAntwoord(ElementNode n) => Done(n, new Antwoord
    {
        ReferentieAanbieder = n.Text("ReferentieAanbieder"),
        VerzoekAntwoord = n.Text("VerzoekAntwoord"),
        RedenAfwijzingVerzoek = n.OptText("RedenAfwijzingVerzoek"),
        Woonplaatsbeginsel = Opt(n.OptChild("Woonplaatsbeginsel"), w => Done(w, new Woonplaatsbeginsel
        {
            Gemeente = w.Text("Gemeente"),
            RetourCodes = w.RetourCodes(),
        })),
        RetourCodes = n.RetourCodes(),
    });

    // 323/325

    private static Declaratie MapDeclaratie(ElementNode n, List<DeclaratieClient>? clienten) => Done(n, new Declaratie
    {
        DeclaratieNummer = n.Text("DeclaratieNummer"),
        DeclaratiePeriode = MapGeslotenPeriode(n.Cdt("DeclaratiePeriode")),
        DeclaratieDagtekening = n.Date("DeclaratieDagtekening"),
        TotaalIngediendBedrag = MapTotaalBedragMetDC(n.Cdt("TotaalIngediendBedrag")),
        Clienten = clienten ?? throw n.Missing("Clienten"),
    });

    private static DeclaratieAntwoord MapDeclaratieAntwoord(ElementNode n, List<DeclaratieClient>? clienten) => Done(n, new DeclaratieAntwoord
    {
        DeclaratieNummer = n.Text("DeclaratieNummer"),
        TotaalIngediendBedrag = MapTotaalBedragMetDC(n.Cdt("TotaalIngediendBedrag")),
        TotaalToegekendBedrag = MapTotaalBedragMetDC(n.Cdt("TotaalToegekendBedrag")),
        Clienten = clienten,
        RetourCodes = n.RetourCodes(),
    });

    private static DeclaratieClient MapDeclaratieClient(ElementNode n) => Done(n, new DeclaratieClient
    {
        Bsn = n.Text("Bsn"),
        Prestaties = n.List("Prestaties", "Prestatie", MapPrestatie),
        RetourCodes = n.RetourCodes(),
    });

    private static Prestatie MapPrestatie(ElementNode n) => Done(n, new Prestatie
    {
        ProductReferentie = MapReferentie(n.Cdt("ProductReferentie")),
        ToewijzingNummer = n.Long("ToewijzingNummer"),
        ProductCategorie = n.Text("ProductCategorie"),
        ProductCode = n.Text("ProductCode"),
        ProductPeriode = MapGeslotenPeriode(n.Cdt("ProductPeriode")),
        GeleverdVolume = n.Long("GeleverdVolume"),
        Eenheid = n.Text("Eenheid"),
        ProductTarief = n.OptLong("ProductTarief"),
        IngediendBedrag = MapBedragMetDC(n.Cdt("IngediendBedrag")),
        RetourCodes = n.RetourCodes(),
    });

    [GeneratedRegex(@"^http://www\.istandaarden\.nl/(?<std>ijw|iwmo)/(?<rel>[0-9]+_[0-9]+)/(?:jw|wmo)(?<nr>[0-9]{3})/schema$", RegexOptions.CultureInvariant)]
    private static partial Regex NamespacePattern();

    private sealed class ReadContext(MessageIdentity identity)
    {
        public MessageIdentity Identity { get; } = identity;

        public string Msg { get; } = identity.Namespace;

        public string Basis { get; } = identity.BasisschemaNamespace;

        public ElementNode Node(MessageElement element, string path) => new(element, path, Msg, Basis);
    }
}
