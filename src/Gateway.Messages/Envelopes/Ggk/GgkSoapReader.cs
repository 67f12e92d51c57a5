using System.Buffers;
using System.Globalization;
using System.Xml;
using Gateway.Messages.Limits;
using Gateway.Messages.Model;
using Gateway.Messages.Privacy;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// Reads one SOAP 1.1 envelope holding a Di01, Du01, Fo01, Bv03 or a Fault with an Fo03. Untrusted input:
/// no DTD, no resolver, the byte limit enforced while reading, base64 decoded as a stream in pooled chunks and joined once
/// into an exact-size array (no growing buffer copied over and over). A small envelope is parsed from a pooled buffer; a
/// large one as it streams in, so its base64 text is never in memory whole.
/// A Di01/Du01 carries exactly one bericht, and its functie must name the message in it.
/// </summary>
internal sealed class GgkSoapReader
{
    private const int Base64Chunk = 64 * 1024;

    private readonly XmlReader _reader;
    private readonly bool _async;

    private GgkSoapReader(XmlReader reader, bool async)
    {
        _reader = reader;
        _async = async;
    }

    /// <summary>
    /// An envelope up to this size (nearly all of them) is read into a pooled buffer and parsed synchronously from memory: an
    /// asynchronous XmlReader allocates 64 KB of bytes and a 128 KB character buffer (on the large object heap) per envelope.
    /// A larger one is parsed as it streams in, as before.
    /// </summary>
    internal const int InMemoryEnvelopeBytes = 64 * 1024;

    public static async Task<GgkMessage> ReadAsync(Stream input, GgkReadOptions options, CancellationToken cancellationToken)
    {
        var limited = new SizeLimitedStream(input, options.MaxEnvelopeBytes, EnvelopeTooLarge);
        var head = ArrayPool<byte>.Shared.Rent(InMemoryEnvelopeBytes);
        try
        {
            var length = await FillAsync(limited, head, cancellationToken).ConfigureAwait(false);
            if (length < head.Length)
            {
                using var whole = new MemoryStream(head, 0, length, writable: false);
                return await ParseAsync(whole, options, async: false, cancellationToken).ConfigureAwait(false);
            }

            using var streamed = new PrefixedStream(head, limited);
            return await ParseAsync(streamed, options, async: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>Reads until the buffer is full or the input ends; the number of bytes read.</summary>
    private static async Task<int> FillAsync(Stream input, byte[] buffer, CancellationToken ct)
    {
        var length = 0;
        int n;
        while (length < buffer.Length && (n = await input.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
        {
            length += n;
        }

        return length;
    }

    private static async Task<GgkMessage> ParseAsync(Stream input, GgkReadOptions options, bool async, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = async,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxEnvelopeBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        try
        {
            using var xml = XmlReader.Create(input, settings);
            return await new GgkSoapReader(xml, async).ReadEnvelopeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw EnvelopeTooLarge(options.MaxEnvelopeBytes);
        }
        catch (XmlException e)
        {
            // XmlException texts name the construct and position only, never content beyond a token.
            throw new GgkEnvelopeException(
                GgkEnvelopeProblem.Malformed,
                string.Create(CultureInfo.InvariantCulture, $"The SOAP message is not well-formed or uses a DTD (line {e.LineNumber}, position {e.LinePosition})."),
                e);
        }
    }

    private async Task<GgkMessage> ReadEnvelopeAsync(CancellationToken ct)
    {
        await MoveToContent().ConfigureAwait(false);
        if (!Is(GgkNames.SoapNamespace, "Envelope"))
        {
            throw Malformed($"The root element is {Describe()}, expected a SOAP 1.1 Envelope ({GgkNames.SoapNamespace}).");
        }

        GgkMessage? message = null;
        await ForEachChildAsync("soap:Envelope", async () =>
        {
            if (Is(GgkNames.SoapNamespace, "Body"))
            {
                message = await ReadBodyAsync(ct).ConfigureAwait(false);
                return true;
            }

            return false;
        }).ConfigureAwait(false);
        return message ?? throw Missing("soap:Envelope/soap:Body");
    }

    private async Task<GgkMessage> ReadBodyAsync(CancellationToken ct)
    {
        GgkMessage? message = null;
        await ForEachChildAsync("soap:Body", async () =>
        {
            if (message is not null)
            {
                throw Malformed("soap:Body holds more than one element.");
            }

            message = (_reader.NamespaceURI, _reader.LocalName) switch
            {
                (GgkNames.GgkNamespace, GgkNames.Di01Element) => await ReadGgkEnvelopeAsync(GgkBerichtcode.Di01, ct).ConfigureAwait(false),
                (GgkNames.GgkNamespace, GgkNames.Du01Element) => await ReadGgkEnvelopeAsync(GgkBerichtcode.Du01, ct).ConfigureAwait(false),
                (GgkNames.StufNamespace, GgkNames.Fo01Element) => await ReadFo01Async().ConfigureAwait(false),
                (GgkNames.StufNamespace, GgkNames.Bv03Element) => await ReadBv03Async().ConfigureAwait(false),
                (GgkNames.SoapNamespace, "Fault") => await ReadFaultAsync().ConfigureAwait(false),
                _ => throw new GgkEnvelopeException(GgkEnvelopeProblem.Unsupported, $"soap:Body holds {Describe()}, which is not a ggk0210 Di01, Du01, Fo01, Bv03 or Fault."),
            };
            return true;
        }).ConfigureAwait(false);
        return message ?? throw Missing("soap:Body/(Di01|Du01|Fo01|Bv03|Fault)");
    }

    private async Task<GgkEnvelope> ReadGgkEnvelopeAsync(GgkBerichtcode expected, CancellationToken ct)
    {
        var root = expected == GgkBerichtcode.Di01 ? GgkNames.Di01Element : GgkNames.Du01Element;
        RawStuurgegevens? stuur = null;
        Dictionary<string, string> versions = [];
        byte[]? payload = null;
        await ForEachChildAsync(root, async () =>
        {
            if (Is(GgkNames.GgkNamespace, "stuurgegevens"))
            {
                stuur = await ReadStuurgegevensAsync(root + "/stuurgegevens").ConfigureAwait(false);
                return true;
            }

            if (!Is(GgkNames.GgkNamespace, "parameters"))
            {
                return false;
            }

            await ForEachChildAsync(root + "/parameters", async () =>
            {
                if (_reader.NamespaceURI != GgkNames.GgkNamespace)
                {
                    return false;
                }

                if (_reader.LocalName == "bericht")
                {
                    if (payload is not null)
                    {
                        throw Malformed($"{root}/parameters holds more than one bericht; an envelope carries exactly one document.");
                    }

                    payload = await ReadBerichtAsync(root + "/parameters/bericht", ct).ConfigureAwait(false);
                    return true;
                }

                versions[_reader.LocalName] = await ElementText().ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

        var s = (stuur ?? throw Missing(root + "/stuurgegevens")).Complete(root + "/stuurgegevens", expected);
        if (s.Functie is null)
        {
            throw Missing(root + "/stuurgegevens/functie");
        }

        if (RetiredMessages.OfFunctie(s.Functie) is { } retired)
        {
            throw new GgkEnvelopeException(
                GgkEnvelopeProblem.RetiredFunctie,
                $"functie {s.Functie} is a message of release 2.x: {RetiredMessages.Why}. Send a {s.Functie[..^3]}{RetiredMessages.SuccessorNumber(retired)} of release 3.2 instead.");
        }

        if (!GgkFunctie.TryParse(s.Functie, out var standard, out var code))
        {
            throw Invalid($"{root}/stuurgegevens/functie '{Shorten(s.Functie)}' is not an iJw/iWmo 3.2 functie (JW301 … WMO325).");
        }

        if (GgkFunctie.EnvelopeFor(code) != expected)
        {
            throw Invalid($"functie {s.Functie} does not travel in a {expected} envelope.");
        }

        if (expected == GgkBerichtcode.Du01 && s.CrossRefnummer is null)
        {
            throw Missing(root + "/stuurgegevens/crossRefnummer");
        }

        var parameters = new GgkParameters(
            Version(versions, root, "applicatieVersie"),
            Version(versions, root, "applicatieSubversie"),
            Version(versions, root, "functieVersie"),
            Version(versions, root, "functieSubversie"));
        var bytes = payload ?? throw Missing(root + "/parameters/bericht/xmlBestand");
        CheckFunctieMatchesPayload(root, s.Functie, standard, code, bytes);
        return new GgkEnvelope(s, parameters, bytes);
    }

    /// <summary>
    /// The functie must name the message the payload's root namespace says it is (a JW305 envelope around a 315 is refused):
    /// the hub routes by functie, the gateway by the payload, and the two must not tell different stories. A payload whose
    /// root is not an iJw/iWmo message namespace (or not XML) is left to level 1, which explains what is wrong with it.
    /// </summary>
    private static void CheckFunctieMatchesPayload(string root, string functie, Standard standard, MessageCode code, byte[] payload)
    {
        if (IstandaardenNamespace.TryParse(PayloadRoot.NamespaceOf(payload)) is not { MessageNumber: { } number } carried
            || (carried.Standard == standard && number == (int)code))
        {
            return;
        }

        throw Invalid($"{root}/stuurgegevens/functie is {functie} but the payload in {root}/parameters/bericht/xmlBestand is a {carried.Name} (release {carried.Release}); the functie must name the message the envelope carries.");
    }

    private static string Version(Dictionary<string, string> versions, string root, string name)
    {
        if (!versions.TryGetValue(name, out var value) || value.Length == 0)
        {
            throw Missing($"{root}/parameters/{name}");
        }

        return value.Length == 4 && value.All(char.IsAsciiDigit)
            ? value
            : throw Invalid($"{root}/parameters/{name} must be four digits, found '{Shorten(value)}'.");
    }

    private async Task<byte[]> ReadBerichtAsync(string path, CancellationToken ct)
    {
        byte[]? payload = null;
        await ForEachChildAsync(path, async () =>
        {
            if (Is(GgkNames.GgkNamespace, "tekstBestand"))
            {
                throw new GgkEnvelopeException(GgkEnvelopeProblem.Unsupported, $"{path}/tekstBestand is not supported: iJw/iWmo payloads travel in xmlBestand.");
            }

            if (!Is(GgkNames.GgkNamespace, "xmlBestand"))
            {
                return false;
            }

            if (payload is not null)
            {
                throw Malformed($"{path} holds more than one xmlBestand; a bericht carries exactly one document.");
            }

            payload = await ReadBase64Async(path + "/xmlBestand", ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return payload ?? throw Missing(path + "/xmlBestand");
    }

    /// <summary>
    /// Decodes the base64 text as the XmlReader streams it into pooled 64 KB chunks, then joins them once into an array of
    /// exactly the payload's size: the only full copy that outlives the read.
    /// </summary>
    private async Task<byte[]> ReadBase64Async(string path, CancellationToken ct)
    {
        if (_reader.IsEmptyElement)
        {
            await Next().ConfigureAwait(false);
            throw Missing(path);
        }

        var chunks = new List<byte[]>();
        try
        {
            long total = 0;
            var last = 0;
            try
            {
                await Next().ConfigureAwait(false);
                do
                {
                    ct.ThrowIfCancellationRequested();
                    var chunk = ArrayPool<byte>.Shared.Rent(Base64Chunk);
                    chunks.Add(chunk);
                    last = 0;
                    int n;
                    while (last < chunk.Length && (n = await Base64(new ArraySegment<byte>(chunk, last, chunk.Length - last)).ConfigureAwait(false)) > 0)
                    {
                        last += n;
                    }

                    total += last;
                }
                while (last == chunks[^1].Length);
            }
            catch (XmlException e) when (!e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            {
                throw Invalid($"{path} is not valid base64.", e);
            }
            catch (FormatException e)
            {
                throw Invalid($"{path} is not valid base64.", e);
            }

            if (_reader.NodeType == XmlNodeType.Element)
            {
                throw Invalid($"{path} holds elements; it must hold base64 text only.");
            }

            if (_reader.NodeType == XmlNodeType.EndElement)
            {
                await Next().ConfigureAwait(false);
            }

            return total == 0 ? throw Missing(path) : Join(chunks, total);
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

    private static byte[] Join(List<byte[]> chunks, long total)
    {
        var payload = GC.AllocateUninitializedArray<byte>(checked((int)total));
        var offset = 0;
        foreach (var chunk in chunks)
        {
            var count = (int)Math.Min(chunk.Length, total - offset);
            chunk.AsSpan(0, count).CopyTo(payload.AsSpan(offset));
            offset += count;
        }

        return payload;
    }

    private async Task<GgkFoutbericht> ReadFo01Async()
    {
        const string root = "StUF:" + GgkNames.Fo01Element;
        var (stuur, body) = await ReadStufMessageAsync(root, readDetailsXml: true).ConfigureAwait(false);
        var s = stuur.Complete(root + "/stuurgegevens", GgkBerichtcode.Fo01);
        if (s.CrossRefnummer is null)
        {
            throw Missing(root + "/stuurgegevens/crossRefnummer");
        }

        return new GgkFoutbericht(s, body.Code(root), body.Get("plek") ?? string.Empty, body.Get("omschrijving") ?? string.Empty, body.Get("details"), body.Get("detailsXML"));
    }

    private async Task<Bv03> ReadBv03Async()
    {
        const string root = "StUF:" + GgkNames.Bv03Element;
        var (stuur, _) = await ReadStufMessageAsync(root, readDetailsXml: false).ConfigureAwait(false);
        return new Bv03(stuur.Complete(root + "/stuurgegevens", GgkBerichtcode.Bv03));
    }

    private async Task<Fo03> ReadFaultAsync()
    {
        string? faultString = null;
        Fo03? fo03 = null;
        await ForEachChildAsync("soap:Fault", async () =>
        {
            switch (_reader.LocalName)
            {
                case "faultstring":
                    faultString = await ElementText().ConfigureAwait(false);
                    return true;
                case "detail":
                    await ForEachChildAsync("soap:Fault/detail", async () =>
                    {
                        if (!Is(GgkNames.StufNamespace, GgkNames.Fo03Element))
                        {
                            return false;
                        }

                        const string root = "StUF:" + GgkNames.Fo03Element;
                        var (stuur, body) = await ReadStufMessageAsync(root, readDetailsXml: false).ConfigureAwait(false);
                        fo03 = new Fo03(stuur.Complete(root + "/stuurgegevens", GgkBerichtcode.Fo03), body.Code(root), body.Get("plek") ?? string.Empty, body.Get("omschrijving") ?? string.Empty, body.Get("details"));
                        return true;
                    }).ConfigureAwait(false);
                    return true;
                default:
                    return false;
            }
        }).ConfigureAwait(false);
        var result = fo03 ?? throw Missing("soap:Fault/detail/StUF:Fo03Bericht (faultstring: " + Shorten(faultString ?? string.Empty) + ")");
        return faultString is null ? result : result with { FaultString = faultString };
    }

    private async Task<(RawStuurgegevens Stuurgegevens, RawBody Body)> ReadStufMessageAsync(string root, bool readDetailsXml)
    {
        RawStuurgegevens? stuur = null;
        var body = new RawBody();
        await ForEachChildAsync(root, async () =>
        {
            if (Is(GgkNames.StufNamespace, "stuurgegevens"))
            {
                stuur = await ReadStuurgegevensAsync(root + "/stuurgegevens").ConfigureAwait(false);
                return true;
            }

            if (!Is(GgkNames.StufNamespace, "body"))
            {
                return false;
            }

            await ForEachChildAsync(root + "/body", async () =>
            {
                if (_reader.NamespaceURI != GgkNames.StufNamespace)
                {
                    return false;
                }

                var name = _reader.LocalName;
                if (name == "detailsXML")
                {
                    if (!readDetailsXml)
                    {
                        return false;
                    }

                    body.Values[name] = await InnerXml().ConfigureAwait(false);
                    return true;
                }

                body.Values[name] = await ElementText().ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return (stuur ?? throw Missing(root + "/stuurgegevens"), body);
    }

    private async Task<RawStuurgegevens> ReadStuurgegevensAsync(string path)
    {
        var raw = new RawStuurgegevens();
        await ForEachChildAsync(path, async () =>
        {
            if (_reader.NamespaceURI != GgkNames.StufNamespace)
            {
                return false;
            }

            var name = _reader.LocalName;
            if (name is "zender" or "ontvanger")
            {
                var party = new Dictionary<string, string>();
                await ForEachChildAsync(path + "/" + name, async () =>
                {
                    if (_reader.NamespaceURI != GgkNames.StufNamespace)
                    {
                        return false;
                    }

                    party[_reader.LocalName] = await ElementText().ConfigureAwait(false);
                    return true;
                }).ConfigureAwait(false);
                raw.Parties[name] = party;
                return true;
            }

            raw.Values[name] = await ElementText().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return raw;
    }

    /// <summary>
    /// Visits the child elements of the element the reader is on. The visitor returns true when it consumed the
    /// element; otherwise the element is skipped. Leaves the reader after the parent's end tag.
    /// </summary>
    private async Task ForEachChildAsync(string path, Func<Task<bool>> visit)
    {
        _ = path;
        if (_reader.IsEmptyElement)
        {
            await Next().ConfigureAwait(false);
            return;
        }

        var depth = _reader.Depth;
        await Next().ConfigureAwait(false);
        while (!_reader.EOF && _reader.Depth > depth)
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                await Next().ConfigureAwait(false);
                continue;
            }

            if (!await visit().ConfigureAwait(false))
            {
                await Skip().ConfigureAwait(false);
            }
        }

        if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
        {
            await Next().ConfigureAwait(false);
        }
    }

    // Each read goes to the reader's synchronous or asynchronous method, as the reader was created (one or the other may be
    // used, not both); the synchronous ones complete at once, so an envelope in memory is parsed without a suspension.
    private ValueTask<XmlNodeType> MoveToContent() => _async ? new(_reader.MoveToContentAsync()) : new(_reader.MoveToContent());

    private ValueTask<bool> Next() => _async ? new(_reader.ReadAsync()) : new(_reader.Read());

    private ValueTask Skip()
    {
        if (_async)
        {
            return new(_reader.SkipAsync());
        }

        _reader.Skip();
        return ValueTask.CompletedTask;
    }

    private ValueTask<string> ElementText() => _async ? new(_reader.ReadElementContentAsStringAsync()) : new(_reader.ReadElementContentAsString());

    private ValueTask<string> InnerXml() => _async ? new(_reader.ReadInnerXmlAsync()) : new(_reader.ReadInnerXml());

    private ValueTask<int> Base64(ArraySegment<byte> into) =>
        _async ? new(_reader.ReadContentAsBase64Async(into.Array!, into.Offset, into.Count)) : new(_reader.ReadContentAsBase64(into.Array!, into.Offset, into.Count));

    private bool Is(string ns, string localName) =>
        _reader.NodeType == XmlNodeType.Element && _reader.LocalName == localName && _reader.NamespaceURI == ns;

    private string Describe() => $"'{EchoText.Value(_reader.LocalName)}' in namespace '{EchoText.Value(_reader.NamespaceURI)}'";

    internal static string Shorten(string value) => EchoText.Value(value, 40);

    private static GgkEnvelopeException Malformed(string message) => new(GgkEnvelopeProblem.Malformed, message);

    internal static GgkEnvelopeException Missing(string path) => new(GgkEnvelopeProblem.MissingElement, $"Required element {path} is missing or empty.");

    internal static GgkEnvelopeException Invalid(string message, Exception? inner = null) => new(GgkEnvelopeProblem.InvalidValue, message, inner);

    private sealed class RawBody
    {
        public Dictionary<string, string> Values { get; } = [];

        public string? Get(string name) => Values.TryGetValue(name, out var v) ? v : null;

        public string Code(string root) => Get("code") is { Length: > 0 } code ? code : throw Missing(root + "/body/code");
    }

    private sealed class RawStuurgegevens
    {
        public Dictionary<string, string> Values { get; } = [];

        public Dictionary<string, Dictionary<string, string>> Parties { get; } = [];

        public GgkStuurgegevens Complete(string path, GgkBerichtcode expected)
        {
            var berichtcode = Required(path, "berichtcode");
            if (berichtcode != expected.ToString())
            {
                throw Invalid($"{path}/berichtcode is '{Shorten(berichtcode)}' but the message is a {expected}.");
            }

            var referentienummer = Uuid(path, "referentienummer", Required(path, "referentienummer"));
            var tijdstip = Required(path, "tijdstipBericht");
            if (!GgkTijdstip.TryParse(tijdstip, out var tijdstipBericht))
            {
                throw Invalid($"{path}/tijdstipBericht '{Shorten(tijdstip)}' is not a StUF tijdstip (yyyyMMddHHmmss[fff]).");
            }

            var cross = Values.TryGetValue("crossRefnummer", out var c) && c.Length > 0 ? Uuid(path, "crossRefnummer", c) : null;
            var functie = Values.TryGetValue("functie", out var f) && f.Length > 0 ? f : null;
            return new GgkStuurgegevens(expected, Party(path, "zender"), Party(path, "ontvanger"), referentienummer, tijdstipBericht, cross, functie);
        }

        private static string Uuid(string path, string name, string value) =>
            GgkReferentienummer.IsValid(value)
                ? value
                : throw Invalid($"{path}/{name} '{Shorten(value)}' is not a lower-case UUID v4 (pattern {GgkReferentienummer.Pattern}).");

        private string Required(string path, string name) =>
            Values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw Missing($"{path}/{name}");

        private GgkParty Party(string path, string name)
        {
            if (!Parties.TryGetValue(name, out var values))
            {
                throw Missing($"{path}/{name}");
            }

            string Get(string child) =>
                values.TryGetValue(child, out var v) && v.Length > 0 ? v : throw Missing($"{path}/{name}/{child}");

            return new GgkParty(Get("organisatie"), Get("applicatie"), values.TryGetValue("administratie", out var a) && a.Length > 0 ? a : null);
        }
    }

    private static GgkEnvelopeException EnvelopeTooLarge(long limit) => new(
        GgkEnvelopeProblem.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"The envelope is larger than the limit of {limit} bytes ({limit / (1024.0 * 1024.0):0.##} MB, base64 payload included)."));
}
