using System.Text;
using System.Xml;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>Writes a ggk0210 message as a complete SOAP 1.1 envelope (UTF-8, no BOM).</summary>
internal static class GgkSoapWriter
{
    private const string Soap = "soap";
    private const string Ggk = "GGK";
    private const string Stuf = "StUF";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CloseOutput = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    public static void Write(GgkMessage message, Stream output)
    {
        Check(message.Stuurgegevens);
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement(Soap, "Envelope", GgkNames.SoapNamespace);
        writer.WriteAttributeString("xmlns", Ggk, null, GgkNames.GgkNamespace);
        writer.WriteAttributeString("xmlns", Stuf, null, GgkNames.StufNamespace);
        writer.WriteStartElement(Soap, "Body", GgkNames.SoapNamespace);
        switch (message)
        {
            case GgkEnvelope envelope: WriteEnvelope(writer, envelope); break;
            case GgkFoutbericht fo01: WriteFo01(writer, fo01); break;
            case Bv03 bv03: WriteBv03(writer, bv03); break;
            case Fo03 fo03: WriteFo03(writer, fo03); break;
            default: throw new ArgumentException($"Unknown ggk message type {message.GetType().Name}.", nameof(message));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Check(GgkStuurgegevens s)
    {
        if (!GgkReferentienummer.IsValid(s.Referentienummer))
        {
            throw new ArgumentException("referentienummer must be a lower-case UUID v4.", nameof(s));
        }

        if (s.CrossRefnummer is not null && !GgkReferentienummer.IsValid(s.CrossRefnummer))
        {
            throw new ArgumentException("crossRefnummer must be a lower-case UUID v4.", nameof(s));
        }
    }

    private static void WriteEnvelope(XmlWriter writer, GgkEnvelope envelope)
    {
        var s = envelope.Stuurgegevens;
        var element = s.Berichtcode switch
        {
            GgkBerichtcode.Di01 => GgkNames.Di01Element,
            GgkBerichtcode.Du01 => GgkNames.Du01Element,
            _ => throw new ArgumentException($"An envelope is a Di01 or Du01, not {s.Berichtcode}.", nameof(envelope)),
        };
        if (s.Functie is null)
        {
            throw new ArgumentException("A Di01/Du01 envelope needs a functie.", nameof(envelope));
        }

        if (s.Berichtcode == GgkBerichtcode.Du01 && s.CrossRefnummer is null)
        {
            throw new ArgumentException("A Du01 envelope needs a crossRefnummer.", nameof(envelope));
        }

        writer.WriteStartElement(Ggk, element, GgkNames.GgkNamespace);
        writer.WriteStartElement(Ggk, "stuurgegevens", GgkNames.GgkNamespace);
        WriteStuurgegevensContent(writer, s);
        writer.WriteEndElement();
        var p = envelope.Parameters;
        writer.WriteStartElement(Ggk, "parameters", GgkNames.GgkNamespace);
        writer.WriteElementString(Ggk, "applicatieVersie", GgkNames.GgkNamespace, p.ApplicatieVersie);
        writer.WriteElementString(Ggk, "applicatieSubversie", GgkNames.GgkNamespace, p.ApplicatieSubversie);
        writer.WriteElementString(Ggk, "functieVersie", GgkNames.GgkNamespace, p.FunctieVersie);
        writer.WriteElementString(Ggk, "functieSubversie", GgkNames.GgkNamespace, p.FunctieSubversie);
        writer.WriteStartElement(Ggk, "bericht", GgkNames.GgkNamespace);
        writer.WriteStartElement(Ggk, "xmlBestand", GgkNames.GgkNamespace);
        WriteBase64(writer, envelope.Payload);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteBase64(XmlWriter writer, ReadOnlyMemory<byte> payload)
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(payload, out var segment) && segment.Array is not null)
        {
            writer.WriteBase64(segment.Array, segment.Offset, segment.Count);
        }
        else
        {
            var copy = payload.ToArray();
            writer.WriteBase64(copy, 0, copy.Length);
        }
    }

    private static void WriteFo01(XmlWriter writer, GgkFoutbericht fo01)
    {
        writer.WriteStartElement(Stuf, GgkNames.Fo01Element, GgkNames.StufNamespace);
        WriteStufStuurgegevens(writer, fo01.Stuurgegevens);
        WriteBody(writer, fo01.Code, fo01.Plek, fo01.Omschrijving, fo01.Details, fo01.DetailsXml);
        writer.WriteEndElement();
    }

    private static void WriteBv03(XmlWriter writer, Bv03 bv03)
    {
        writer.WriteStartElement(Stuf, GgkNames.Bv03Element, GgkNames.StufNamespace);
        WriteStufStuurgegevens(writer, bv03.Stuurgegevens);
        writer.WriteEndElement();
    }

    private static void WriteFo03(XmlWriter writer, Fo03 fo03)
    {
        writer.WriteStartElement(Soap, "Fault", GgkNames.SoapNamespace);
        writer.WriteElementString("faultcode", fo03.Plek == "client" ? "soap:Client" : "soap:Server");
        writer.WriteElementString("faultstring", fo03.FaultString);
        writer.WriteStartElement("detail");
        writer.WriteStartElement(Stuf, GgkNames.Fo03Element, GgkNames.StufNamespace);
        WriteStufStuurgegevens(writer, fo03.Stuurgegevens);
        WriteBody(writer, fo03.Code, fo03.Plek, fo03.Omschrijving, fo03.Details, null);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteStufStuurgegevens(XmlWriter writer, GgkStuurgegevens s)
    {
        writer.WriteStartElement(Stuf, "stuurgegevens", GgkNames.StufNamespace);
        WriteStuurgegevensContent(writer, s);
        writer.WriteEndElement();
    }

    private static void WriteStuurgegevensContent(XmlWriter writer, GgkStuurgegevens s)
    {
        StufElement(writer, "berichtcode", s.Berichtcode.ToString());
        WriteParty(writer, "zender", s.Zender);
        WriteParty(writer, "ontvanger", s.Ontvanger);
        StufElement(writer, "referentienummer", s.Referentienummer);
        StufElement(writer, "tijdstipBericht", GgkTijdstip.Format(s.TijdstipBericht));
        if (s.CrossRefnummer is not null)
        {
            StufElement(writer, "crossRefnummer", s.CrossRefnummer);
        }

        if (s.Functie is not null)
        {
            StufElement(writer, "functie", s.Functie);
        }
    }

    private static void WriteParty(XmlWriter writer, string name, GgkParty party)
    {
        writer.WriteStartElement(Stuf, name, GgkNames.StufNamespace);
        StufElement(writer, "organisatie", party.Organisatie);
        StufElement(writer, "applicatie", party.Applicatie);
        if (party.Administratie is not null)
        {
            StufElement(writer, "administratie", party.Administratie);
        }

        writer.WriteEndElement();
    }

    private static void WriteBody(XmlWriter writer, string code, string plek, string omschrijving, string? details, string? detailsXml)
    {
        writer.WriteStartElement(Stuf, "body", GgkNames.StufNamespace);
        StufElement(writer, "code", code);
        StufElement(writer, "plek", plek);
        StufElement(writer, "omschrijving", StufOmschrijving.Shorten(omschrijving));
        if (details is not null)
        {
            StufElement(writer, "details", details);
        }

        if (detailsXml is not null)
        {
            writer.WriteStartElement(Stuf, "detailsXML", GgkNames.StufNamespace);
            WriteFragment(writer, detailsXml);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    // detailsXML carries XML (the original envelope), not text: copied node by node so the output stays well-formed.
    private static void WriteFragment(XmlWriter writer, string fragment)
    {
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var text = new StringReader(fragment);
        using var reader = XmlReader.Create(text, settings);
        reader.Read();
        while (!reader.EOF)
        {
            writer.WriteNode(reader, defattr: false);
        }
    }

    private static void StufElement(XmlWriter writer, string name, string value) =>
        writer.WriteElementString(Stuf, name, GgkNames.StufNamespace, value);
}
