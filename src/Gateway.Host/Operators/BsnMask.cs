using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Gateway.Messages.Privacy;

namespace Gateway.Host.Operators;

/// <summary>
/// Masks BSNs in a payload shown to an operator, failing closed. A well-formed document is parsed (no DTD, no
/// resolver) and written again: every element whose local name is <c>Bsn</c> — whatever its prefix or namespace, text,
/// CDATA or whitespace — keeps only its last two digits, and every other 9-digit number passing the 11-proef, in text,
/// attributes, namespaces or names, is masked in full (a BSN put in Identificatie, ReferentieAanbieder or Commentaar is still
/// a BSN). Comments and processing instructions are left out, so they cannot split a number. A document that is not
/// well-formed (e.g. truncated) is masked as text: Bsn contents and every 11-proef number. If even that fails, the
/// payload is not shown. Never throws.
/// </summary>
internal static partial class BsnMask
{
    /// <summary>Shown instead of a payload that could not be masked.</summary>
    public const string Refused = "(payload not shown: it could not be masked safely)";

    /// <summary>The most characters parsed as XML; a larger payload is masked as text.</summary>
    private const long MaxCharacters = 64L * 1024 * 1024;

    /// <summary>Text after a Bsn start tag of a broken document is masked up to this many characters.</summary>
    private const int MaxBsnContent = 64;

    private const string BsnName = "Bsn";

    /// <summary>Keeps only the last two characters visible.</summary>
    public static string Mask(string bsn) =>
        bsn.Length <= 2 ? new string('*', bsn.Length) : string.Concat(new string('*', bsn.Length - 2), bsn.AsSpan(bsn.Length - 2));

    /// <summary>The document with every BSN masked; <see cref="Refused"/> when it cannot be masked.</summary>
    public static string MaskDocument(string xml)
    {
        try
        {
            // Names are written as read; the last pass masks a BSN hidden in an element or attribute name too.
            return BsnRedactor.Redact(MaskWellFormed(xml))!;
        }
        catch (Exception e) when (e is XmlException or ArgumentException or InvalidOperationException)
        {
            // Not well-formed, or not writable as read: mask as text below.
        }

        try
        {
            return MaskText(xml);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or OutOfMemoryException or InvalidOperationException)
        {
            return Refused;
        }
    }

    private static string MaskWellFormed(string xml)
    {
        var readerSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var output = new StringBuilder(xml.Length);
        string? declaration = null;
        using (var reader = XmlReader.Create(new StringReader(xml), readerSettings))
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Document, CheckCharacters = true }))
        {
            var text = new StringBuilder();
            var bsnDepth = -1;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        // Adjacent pieces (text, CDATA, whitespace) are one value: masked together, written as text.
                        text.Append(reader.Value);
                        continue;
                    case XmlNodeType.XmlDeclaration:
                        declaration = "<?xml " + Redact(reader.Value) + "?>";
                        continue;
                }

                // Inside a Bsn the value is written once, at its end: a nested element cannot split it into pieces each showing digits.
                if (bsnDepth < 0 || (reader.NodeType == XmlNodeType.EndElement && reader.Depth == bsnDepth))
                {
                    Flush(writer, text, bsnDepth >= 0);
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when bsnDepth >= 0:
                        // Elements nested in a Bsn are not shown; their text is part of the masked value.
                        break;
                    case XmlNodeType.Element:
                        writer.WriteStartElement(reader.Prefix, reader.LocalName, Redact(reader.NamespaceURI));
                        var empty = reader.IsEmptyElement;
                        while (reader.MoveToNextAttribute())
                        {
                            writer.WriteAttributeString(reader.Prefix, reader.LocalName, Redact(reader.NamespaceURI), Redact(reader.Value));
                        }

                        reader.MoveToElement();
                        if (empty)
                        {
                            writer.WriteEndElement();
                        }
                        else if (string.Equals(reader.LocalName, BsnName, StringComparison.Ordinal))
                        {
                            bsnDepth = reader.Depth;
                        }

                        break;
                    case XmlNodeType.EndElement when bsnDepth >= 0 && reader.Depth > bsnDepth:
                        break;
                    case XmlNodeType.EndElement:
                        bsnDepth = -1;
                        writer.WriteFullEndElement();
                        break;
                }
            }

            Flush(writer, text, bsnDepth >= 0);
        }

        return declaration is null ? output.ToString() : output.Insert(0, declaration).ToString();
    }

    private static void Flush(XmlWriter writer, StringBuilder text, bool inBsn)
    {
        if (text.Length == 0)
        {
            return;
        }

        var value = text.ToString();
        text.Clear();
        if (inBsn)
        {
            writer.WriteString(Mask(value.Trim()));
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            writer.WriteWhitespace(value);
        }
        else
        {
            writer.WriteString(Redact(value));
        }
    }

    /// <summary>A document that is not well-formed: digit references spelled out, Bsn contents masked, then every 11-proef number.</summary>
    private static string MaskText(string xml)
    {
        var text = DigitReference().Replace(xml, static m => DigitOf(m) is { } digit ? digit.ToString() : m.Value);
        var masked = new StringBuilder(text.Length);
        var at = 0;
        foreach (var tag in BsnStartTag().EnumerateMatches(text))
        {
            var start = tag.Index + tag.Length;
            if (start <= at)
            {
                continue;
            }

            masked.Append(text, at, start - at);
            var end = start;
            while (end < text.Length && end - start < MaxBsnContent && (text[end] != '<' || text.AsSpan(end).StartsWith("<![CDATA[", StringComparison.Ordinal)))
            {
                end = text.AsSpan(end).StartsWith("<![CDATA[", StringComparison.Ordinal) ? end + "<![CDATA[".Length : end + 1;
            }

            end = Math.Min(end, text.Length);
            foreach (var ch in text.AsSpan(start, end - start))
            {
                masked.Append(char.IsAsciiDigit(ch) ? '*' : ch);
            }

            at = end;
        }

        masked.Append(text, at, text.Length - at);
        return BsnRedactor.Redact(masked.ToString());
    }

    private static string Redact(string value) => value.Length < 9 ? value : BsnRedactor.Redact(value);

    private static char? DigitOf(Match reference)
    {
        var hex = reference.Groups["hex"];
        var number = hex.Success
            ? int.TryParse(hex.ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : -1
            : int.TryParse(reference.Groups["dec"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : -1;
        return number is >= 0x30 and <= 0x39 ? (char)number : null;
    }

    [GeneratedRegex(@"<(?:[^\s<>/:=""']{1,64}:)?Bsn(?=[\s/>])[^<>]{0,4096}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BsnStartTag();

    [GeneratedRegex(@"&#(?:x(?<hex>[0-9A-Fa-f]{1,8})|(?<dec>[0-9]{1,10}));", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DigitReference();
}
