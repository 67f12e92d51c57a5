using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>
/// Writes a <see cref="Bericht"/> as a release-3.2 document: UTF-8 without BOM, elements in schema order, message
/// elements with the message prefix (e.g. <c>jw301</c>, <c>wmo325</c>), composite-datatype children with the
/// basisschema prefix (<c>ijw</c> / <c>iwmo</c>), dates <c>yyyy-MM-dd</c>, times <c>HH:mm:ss</c>, no empty elements.
/// </summary>
/// <remarks>
/// RetourCodes of classes are written only for retours and the 325 (an empty list is omitted); a heen-bericht whose
/// classes carry RetourCodes is refused. The writer does not validate: validate the output against the schema pack
/// where it matters.
/// </remarks>
public static class BerichtWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>Writes the document to a stream (UTF-8, no BOM); the stream is left open.</summary>
    public static void Write(Bericht bericht, Stream output)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = XmlWriter.Create(output, Settings);
        new Emitter(writer, bericht).Message();
    }

    /// <summary>The document as UTF-8 bytes without BOM.</summary>
    public static byte[] ToBytes(Bericht bericht)
    {
        using var stream = new MemoryStream();
        Write(bericht, stream);
        return stream.ToArray();
    }

    /// <summary>The document as text (its declaration says UTF-8).</summary>
    public static string ToXml(Bericht bericht) => Encoding.UTF8.GetString(ToBytes(bericht));

    /// <summary>The prefix used for the message namespace, e.g. "jw301" or "wmo325".</summary>
    public static string MessagePrefix(Standard standard, MessageCode code) =>
        standard.MessagePrefix() + ((int)code).ToString(CultureInfo.InvariantCulture);

    /// <summary>The prefix used for the basisschema namespace: "ijw" or "iwmo".</summary>
    public static string BasisPrefix(Standard standard) => standard.Key();

    private sealed class Emitter(XmlWriter w, Bericht bericht)
    {
        private readonly string msgNs = bericht.Identity.Namespace;
        private readonly string basisNs = bericht.Identity.BasisschemaNamespace;
        private readonly string msgPrefix = MessagePrefix(bericht.Standard, bericht.Code);
        private readonly string basisPrefix = BasisPrefix(bericht.Standard);
        private readonly bool answers = MessageCatalog.Get(bericht.Code).AnswersCode is not null;

        public void Message()
        {
            w.WriteStartDocument();
            w.WriteStartElement(msgPrefix, "Bericht", msgNs);
            w.WriteAttributeString("xmlns", basisPrefix, null, basisNs);
            switch (bericht)
            {
                case Bericht301 b: Header(b.Header); Client(b.Client); break;
                case Bericht302 b: RetourHeader(b.Header); Opt(b.Client, Client); break;
                case Bericht305 b: Header(b.Header); StartClient(b.Client); break;
                case Bericht306 b: RetourHeader(b.Header); Opt(b.Client, StartClient); break;
                case Bericht307 b: Header(b.Header); StopClient(b.Client); break;
                case Bericht308 b: RetourHeader(b.Header); Opt(b.Client, StopClient); break;
                case Bericht315 b: Header(b.Header); VotClient(b.Client); break;
                case Bericht316 b: RetourHeader(b.Header); Opt(b.Client, VotClient); break;
                case Bericht317 b: Header(b.Header); VowClient(b.Client); break;
                case Bericht318 b: RetourHeader(b.Header); Opt(b.Client, VowClient); break;
                case Bericht319 b: Header(b.Header); Antwoord(b.Antwoord); break;
                case Bericht320 b: RetourHeader(b.Header); Opt(b.Antwoord, Antwoord); break;
                case Bericht323 b: Header(b.Header); Declaratie(b.Declaratie); break;
                case Bericht325 b: DeclaratieAntwoordHeader(b.Header); Opt(b.DeclaratieAntwoord, DeclaratieAntwoord); break;
                default: throw new ArgumentException("Unknown message type " + bericht.GetType().Name, nameof(bericht));
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        // Headers

        private void HeaderFields(BerichtHeader h)
        {
            Text("BerichtCode", h.BerichtCode);
            Text("BerichtVersie", Int(h.BerichtVersie));
            Text("BerichtSubversie", Int(h.BerichtSubversie));
            Text("Afzender", h.Afzender);
            Text("Ontvanger", h.Ontvanger);
            BerichtIdentificatie("BerichtIdentificatie", h.BerichtIdentificatie);
            XsdVersie("XsdVersie", h.XsdVersie);
        }

        private void Header(Header h)
        {
            Start("Header");
            HeaderFields(h);
            End();
        }

        private void RetourHeader(RetourHeader h)
        {
            Start("Header");
            HeaderFields(h);
            Text("IdentificatieRetour", h.IdentificatieRetour);
            Date("DagtekeningRetour", h.DagtekeningRetour);
            Text("XsltVersie", h.XsltVersie);
            XsdVersie("XsdVersieRetour", h.XsdVersieRetour);
            RetourCodes(h.RetourCodes, "Header");
            End();
        }

        private void DeclaratieAntwoordHeader(DeclaratieAntwoordHeader h)
        {
            Start("Header");
            HeaderFields(h);
            BerichtIdentificatie("DeclaratieIdentificatie", h.DeclaratieIdentificatie);
            Text("XsltVersie", h.XsltVersie);
            XsdVersie("XsdVersieDeclaratie", h.XsdVersieDeclaratie);
            RetourCodes(h.RetourCodes, "Header");
            End();
        }

        // 301/302

        private void Client(Client c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            Geboortedatum("Geboortedatum", c.Geboortedatum);
            Text("Geslacht", c.Geslacht);
            VolledigeNaam("Naam", c.Naam);
            Opt(c.Communicatie, v => Cdt("Communicatie", () => { BText("Vorm", v.Vorm); BText("Taal", v.Taal); }));
            Text("JuridischeStatus", c.JuridischeStatus);
            Text("WettelijkeVertegenwoordiging", c.WettelijkeVertegenwoordiging);
            Text("Commentaar", c.Commentaar);
            OptList("Relaties", c.Relaties, Relatie);
            List("Contactgegevens", c.Contactgegevens, Contact);
            List("ToegewezenProducten", c.ToegewezenProducten, ToegewezenProduct);
            RetourCodes(c);
            End();
        }

        private void Relatie(Relatie r)
        {
            Start("Relatie");
            Text("Nummer", r.Nummer);
            Text("Volgorde", r.Volgorde is { } v ? Int(v) : null);
            Text("Soort", r.Soort);
            Opt(r.Geboortedatum, g => Geboortedatum("Geboortedatum", g));
            Text("Geslacht", r.Geslacht);
            VolledigeNaam("Naam", r.Naam);
            Contact(r.Contact);
            RetourCodes(r);
            End();
        }

        private void Contact(Contact c)
        {
            Start("Contact");
            Text("Soort", c.Soort);
            Opt(c.Adres, Adres);
            Text("Organisatie", c.Organisatie);
            Opt(c.Telefoon, Telefoonnummers);
            Text("Emailadres", c.Emailadres);
            Opt(c.Periode, p => Cdt("Periode", () => { BDate("Begindatum", p.Begindatum); BDate("Einddatum", p.Einddatum); }));
            RetourCodes(c);
            End();
        }

        private void ToegewezenProduct(ToegewezenProduct p)
        {
            Start("ToegewezenProduct");
            Text("ToewijzingNummer", Long(p.ToewijzingNummer));
            Text("ReferentieAanbieder", p.ReferentieAanbieder);
            Opt(p.Product, Product);
            Date("Toewijzingsdatum", p.Toewijzingsdatum);
            Text("Toewijzingstijd", p.Toewijzingstijd.ToString(XmlFormats.Time, CultureInfo.InvariantCulture));
            Date("Ingangsdatum", p.Ingangsdatum);
            Date("Einddatum", p.Einddatum);
            Text("RedenWijziging", p.RedenWijziging);
            Opt(p.Omvang, Omvang);
            Text("Budget", Long(p.Budget));
            Text("Commentaar", p.Commentaar);
            RetourCodes(p);
            End();
        }

        // 305-308

        private void StartClient(StartClient c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            Geboortedatum("Geboortedatum", c.Geboortedatum);
            Text("Geslacht", c.Geslacht);
            VerkorteNaam("Naam", c.Naam);
            List("StartProducten", c.StartProducten, p =>
            {
                Start("StartProduct");
                Text("ToewijzingNummer", Long(p.ToewijzingNummer));
                Opt(p.Product, Product);
                Date("ToewijzingIngangsdatum", p.ToewijzingIngangsdatum);
                Date("Begindatum", p.Begindatum);
                Text("StatusAanlevering", p.StatusAanlevering);
                RetourCodes(p);
                End();
            });
            RetourCodes(c);
            End();
        }

        private void StopClient(StopClient c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            Geboortedatum("Geboortedatum", c.Geboortedatum);
            Text("Geslacht", c.Geslacht);
            VerkorteNaam("Naam", c.Naam);
            List("StopProducten", c.StopProducten, p =>
            {
                Start("StopProduct");
                Text("ToewijzingNummer", Long(p.ToewijzingNummer));
                Opt(p.Product, Product);
                Date("ToewijzingIngangsdatum", p.ToewijzingIngangsdatum);
                Date("Begindatum", p.Begindatum);
                Text("RedenBeeindiging", p.RedenBeeindiging);
                Date("Einddatum", p.Einddatum);
                Text("StatusAanlevering", p.StatusAanlevering);
                RetourCodes(p);
                End();
            });
            RetourCodes(c);
            End();
        }

        // 315-318

        private void VotClient(VerzoekOmToewijzingClient c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            Geboortedatum("Geboortedatum", c.Geboortedatum);
            Text("Geslacht", c.Geslacht);
            VerkorteNaam("Naam", c.Naam);
            Text("GezagsdragerBekend", c.GezagsdragerBekend);
            Text("Commentaar", c.Commentaar);
            List("AangevraagdeProducten", c.AangevraagdeProducten, p =>
            {
                Start("AangevraagdProduct");
                Text("ReferentieAanbieder", p.ReferentieAanbieder);
                Text("BeschikkingNummer", Long(p.BeschikkingNummer));
                Opt(p.Product, Product);
                Date("BeschikkingIngangsdatum", p.BeschikkingIngangsdatum);
                Date("ToewijzingIngangsdatum", p.ToewijzingIngangsdatum);
                Date("ToewijzingEinddatum", p.ToewijzingEinddatum);
                Opt(p.Omvang, Omvang);
                Text("Budget", Long(p.Budget));
                Cdt("Verwijzer", () =>
                {
                    BText("Type", p.Verwijzer.Type);
                    BText("Naam", p.Verwijzer.Naam);
                    BText("ZorgverlenerCode", p.Verwijzer.ZorgverlenerCode);
                });
                Text("Raamcontract", p.Raamcontract);
                Text("Commentaar", p.Commentaar);
                RetourCodes(p);
                End();
            });
            RetourCodes(c);
            End();
        }

        private void VowClient(VerzoekOmWijzigingClient c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            var v = c.Verzoek;
            Start("Verzoek");
            Text("ReferentieAanbieder", v.ReferentieAanbieder);
            Text("RedenVerzoek", v.RedenVerzoek);
            OptList("OngewijzigdeProducten", v.OngewijzigdeProducten, p =>
            {
                Start("OngewijzigdProduct");
                Text("ToewijzingNummer", Long(p.ToewijzingNummer));
                RetourCodes(p);
                End();
            });
            OptList("TeWijzigenProducten", v.TeWijzigenProducten, p =>
            {
                Start("TeWijzigenProduct");
                Text("ToewijzingNummer", Long(p.ToewijzingNummer));
                Date("GewensteIngangsdatum", p.GewensteIngangsdatum);
                Date("Einddatum", p.Einddatum);
                Opt(p.Omvang, Omvang);
                Text("Budget", Long(p.Budget));
                RetourCodes(p);
                End();
            });
            OptList("NieuweProducten", v.NieuweProducten, p =>
            {
                Start("NieuwProduct");
                Opt(p.Product, Product);
                Date("GewensteIngangsdatum", p.GewensteIngangsdatum);
                Date("Einddatum", p.Einddatum);
                Opt(p.Omvang, Omvang);
                Text("Budget", Long(p.Budget));
                RetourCodes(p);
                End();
            });
            RetourCodes(v);
            End();
            RetourCodes(c);
            End();
        }

        // 319/320

        private void Antwoord(Antwoord a)
        {
            Start("Antwoord");
            Text("ReferentieAanbieder", a.ReferentieAanbieder);
            Text("VerzoekAntwoord", a.VerzoekAntwoord);
            Text("RedenAfwijzingVerzoek", a.RedenAfwijzingVerzoek);
            Opt(a.Woonplaatsbeginsel, wp =>
            {
                Start("Woonplaatsbeginsel");
                Text("Gemeente", wp.Gemeente);
                RetourCodes(wp);
                End();
            });
            RetourCodes(a);
            End();
        }

        // 323/325

        private void Declaratie(Declaratie d)
        {
            Start("Declaratie");
            Text("DeclaratieNummer", d.DeclaratieNummer);
            GeslotenPeriode("DeclaratiePeriode", d.DeclaratiePeriode);
            Date("DeclaratieDagtekening", d.DeclaratieDagtekening);
            TotaalBedrag("TotaalIngediendBedrag", d.TotaalIngediendBedrag);
            List("Clienten", d.Clienten, DeclaratieClient);
            End();
        }

        private void DeclaratieAntwoord(DeclaratieAntwoord d)
        {
            Start("DeclaratieAntwoord");
            Text("DeclaratieNummer", d.DeclaratieNummer);
            TotaalBedrag("TotaalIngediendBedrag", d.TotaalIngediendBedrag);
            TotaalBedrag("TotaalToegekendBedrag", d.TotaalToegekendBedrag);
            OptList("Clienten", d.Clienten, DeclaratieClient);
            RetourCodes(d);
            End();
        }

        private void DeclaratieClient(DeclaratieClient c)
        {
            Start("Client");
            Text("Bsn", c.Bsn);
            List("Prestaties", c.Prestaties, p =>
            {
                Start("Prestatie");
                Cdt("ProductReferentie", () =>
                {
                    BText("ReferentieNummer", p.ProductReferentie.ReferentieNummer);
                    BText("VorigReferentieNummer", p.ProductReferentie.VorigReferentieNummer);
                });
                Text("ToewijzingNummer", Long(p.ToewijzingNummer));
                Text("ProductCategorie", p.ProductCategorie);
                Text("ProductCode", p.ProductCode);
                GeslotenPeriode("ProductPeriode", p.ProductPeriode);
                Text("GeleverdVolume", Long(p.GeleverdVolume));
                Text("Eenheid", p.Eenheid);
                Text("ProductTarief", Long(p.ProductTarief));
                Cdt("IngediendBedrag", () =>
                {
                    BText("Bedrag", Long(p.IngediendBedrag.Bedrag));
                    BText("DebetCredit", p.IngediendBedrag.DebetCredit);
                });
                RetourCodes(p);
                End();
            });
            RetourCodes(c);
            End();
        }

        // Composite datatypes (children in the basisschema namespace)

        private void BerichtIdentificatie(string name, BerichtIdentificatie b) => Cdt(name, () =>
        {
            BText("Identificatie", b.Identificatie);
            BDate("Dagtekening", b.Dagtekening);
        });

        private void XsdVersie(string name, XsdVersie x) => Cdt(name, () =>
        {
            BText("BasisschemaXsdVersie", x.BasisschemaXsdVersie);
            BText("BerichtXsdVersie", x.BerichtXsdVersie);
        });

        private void Geboortedatum(string name, Geboortedatum g) => Cdt(name, () =>
        {
            BDate("Datum", g.Datum);
            BText("DatumGebruik", g.DatumGebruik);
        });

        private void Achternaam(string name, Achternaam a) => BStart(name, () =>
        {
            BText("Achternaam", a.Naam);
            BText("Voorvoegsel", a.Voorvoegsel);
        });

        private void VolledigeNaam(string name, VolledigeNaam n) => Cdt(name, () =>
        {
            Achternaam("Geslachtsnaam", n.Geslachtsnaam);
            Opt(n.Partnernaam, p => Achternaam("Partnernaam", p));
            BText("Voornamen", n.Voornamen);
            BText("Voorletters", n.Voorletters);
            BText("NaamGebruik", n.NaamGebruik);
        });

        private void VerkorteNaam(string name, VerkorteNaam n) => Cdt(name, () =>
        {
            Achternaam("Geslachtsnaam", n.Geslachtsnaam);
            BText("Voornamen", n.Voornamen);
            BText("Voorletters", n.Voorletters);
        });

        private void Adres(Adres a) => Cdt("Adres", () =>
        {
            Opt(a.Huis, h => BStart("Huis", () =>
            {
                BText("Huisnummer", Int(h.Huisnummer));
                BText("Huisletter", h.Huisletter);
                BText("HuisnummerToevoeging", h.HuisnummerToevoeging);
                BText("AanduidingWoonadres", h.AanduidingWoonadres);
            }));
            BText("Postcode", a.Postcode);
            BText("Straatnaam", a.Straatnaam);
            BText("Plaatsnaam", a.Plaatsnaam);
            BText("LandCode", a.LandCode);
        });

        private void Telefoonnummers(Telefoonnummers t) => Cdt("Telefoon", () =>
        {
            Telefoon("Telefoon01", t.Telefoon01);
            Opt(t.Telefoon02, t2 => Telefoon("Telefoon02", t2));
        });

        private void Telefoon(string name, Telefoon t) => BStart(name, () =>
        {
            BText("Telefoonnummer", t.Telefoonnummer);
            BText("Landnummer", t.Landnummer);
        });

        private void Product(Product p) => Cdt("Product", () =>
        {
            BText("Categorie", p.Categorie);
            BText("Code", p.Code);
        });

        private void Omvang(Omvang o) => Cdt("Omvang", () =>
        {
            BText("Volume", Long(o.Volume));
            BText("Eenheid", o.Eenheid);
            BText("Frequentie", o.Frequentie);
        });

        private void GeslotenPeriode(string name, GeslotenPeriode p) => Cdt(name, () =>
        {
            BDate("Begindatum", p.Begindatum);
            BDate("Einddatum", p.Einddatum);
        });

        private void TotaalBedrag(string name, TotaalBedragMetDC t) => Cdt(name, () =>
        {
            BText("TotaalBedrag", Long(t.TotaalBedrag));
            BText("DebetCredit", t.DebetCredit);
        });

        // Primitives

        private void RetourCodes(IMessageClass c) => RetourCodes(c.RetourCodes, c.GetType().Name);

        private void RetourCodes(IReadOnlyList<string> codes, string owner)
        {
            if (codes.Count == 0)
            {
                return;
            }

            if (!answers)
            {
                throw new ArgumentException(
                    $"{owner} carries RetourCodes, but {bericht.Identity} is a heen-bericht that has none.", nameof(bericht));
            }

            Start("RetourCodes");
            foreach (var code in codes)
            {
                Text("RetourCode", code);
            }

            End();
        }

        private void List<T>(string container, IReadOnlyList<T> items, Action<T> item)
        {
            Start(container);
            foreach (var i in items)
            {
                item(i);
            }

            End();
        }

        private void OptList<T>(string container, IReadOnlyList<T>? items, Action<T> item)
        {
            if (items is not null)
            {
                List(container, items, item);
            }
        }

        private static void Opt<T>(T? value, Action<T> write)
            where T : class
        {
            if (value is not null)
            {
                write(value);
            }
        }

        private void Start(string name) => w.WriteStartElement(msgPrefix, name, msgNs);

        private void End() => w.WriteEndElement();

        /// <summary>A message-namespace element typed by a composite datatype: its children are basisschema elements.</summary>
        private void Cdt(string name, Action children)
        {
            Start(name);
            children();
            End();
        }

        /// <summary>A composite datatype nested in another one: the element itself is in the basisschema namespace.</summary>
        private void BStart(string name, Action children)
        {
            w.WriteStartElement(basisPrefix, name, basisNs);
            children();
            w.WriteEndElement();
        }

        private void Text(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                w.WriteElementString(msgPrefix, name, msgNs, value);
            }
        }

        private void BText(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                w.WriteElementString(basisPrefix, name, basisNs, value);
            }
        }

        private void Date(string name, DateOnly? value) => Text(name, FormatDate(value));

        private void BDate(string name, DateOnly? value) => BText(name, FormatDate(value));

        private static string? FormatDate(DateOnly? value) =>
            value?.ToString(XmlFormats.Date, CultureInfo.InvariantCulture);

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string? Long(long? value) => value?.ToString(CultureInfo.InvariantCulture);
    }
}
