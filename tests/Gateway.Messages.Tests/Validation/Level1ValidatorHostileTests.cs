using System.Text;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>Every hostile or malformed document is refused at level 1, with a clear message and no outbound access.</summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class Level1ValidatorHostileTests
{
    private static Level1Result Validate(byte[] bytes, Level1Options? options = null) =>
        Jw301Document.Validator(options).Validate(bytes);

    private static Level1Result Validate(string xml) => Validate(Jw301Document.Bytes(xml));

    private static string WithDoctype(string doctype, string entityUse)
    {
        var xml = Jw301Document.Valid.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n", StringComparison.Ordinal);
        return xml.Replace("<ijw:Achternaam>Jansen</ijw:Achternaam>", $"<ijw:Achternaam>{entityUse}</ijw:Achternaam>", StringComparison.Ordinal);
    }

    private static void AssertDoctypeRefused(Level1Result result)
    {
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Level1Codes.Xml, issue.Code);
        Assert.StartsWith("DOCTYPE declarations are not allowed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_XxeFile_RefusedWithoutReadingTheFile()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOPSECRET");
        var before = File.GetLastAccessTimeUtc(secret);
        try
        {
            var result = Validate(WithDoctype($"<!DOCTYPE jw301:Bericht [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>", "&xxe;"));

            AssertDoctypeRefused(result);
            Assert.DoesNotContain(result.Issues, i => i.Message.Contains("TOPSECRET", StringComparison.Ordinal));
            Assert.Equal(before, File.GetLastAccessTimeUtc(secret));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Validate_XxeUrl_RefusedWithoutConnecting()
    {
        using var listener = new LoopbackRecorder();

        var result = Validate(WithDoctype($"<!DOCTYPE jw301:Bericht [<!ENTITY xxe SYSTEM \"{listener.Url("xxe")}\">]>", "&xxe;"));

        AssertDoctypeRefused(result);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public void Validate_ExternalDtd_RefusedWithoutConnecting()
    {
        using var listener = new LoopbackRecorder();

        var result = Validate(WithDoctype($"<!DOCTYPE jw301:Bericht SYSTEM \"{listener.Url("evil.dtd")}\">", "Jansen"));

        AssertDoctypeRefused(result);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public void Validate_BillionLaughs_RefusedAsDoctype()
    {
        var entities = new StringBuilder("<!DOCTYPE jw301:Bericht [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        entities.Append("]>");

        var result = Validate(WithDoctype(entities.ToString(), "&lol9;"));

        AssertDoctypeRefused(result);
    }

    [Fact]
    public void Validate_ForeignSchemaLocation_IsIgnoredAndNeverFetched()
    {
        using var listener = new LoopbackRecorder();
        var xml = Jw301Document.Valid.Replace(
            "xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\">",
            $"xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{Jw301Document.Namespace} {listener.Url("evil.xsd")}\">",
            StringComparison.Ordinal);

        var result = Validate(xml);

        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => i.Message)));
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public void Validate_NoNamespaceSchemaLocation_IsNeverFetched()
    {
        using var listener = new LoopbackRecorder();
        var xml = $"<Bericht xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"{listener.Url("evil.xsd")}\"><Header/></Bericht>";

        var result = Validate(xml);

        Assert.Equal(Level1Codes.Unsupported, Assert.Single(result.Issues).Code);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public void Validate_InlineSchema_IsNotUsedAndIsAnXsdError()
    {
        var inline = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.istandaarden.nl/ijw/3_2/jw301/schema">
              <xs:element name="Bericht"><xs:complexType><xs:sequence><xs:any processContents="skip" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """;
        var xml = Jw301Document.Valid.Replace("<jw301:Header>", inline + "<jw301:Header>", StringComparison.Ordinal);

        var result = Validate(xml);

        Assert.False(result.IsValid);
        Assert.Equal(Level1Codes.Xsd, result.Issues[0].Code);
        Assert.Equal("/Bericht/schema", result.Issues[0].Path);
    }

    [Fact]
    public void Validate_Utf8Bom_RefusedAsEncoding()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Jw301Document.Bytes(Jw301Document.Valid)).ToArray();

        var issue = Assert.Single(Validate(bytes).Issues);

        Assert.Equal(Level1Codes.Encoding, issue.Code);
        Assert.Contains("byte order mark", issue.Message, StringComparison.Ordinal);
        Assert.Contains("OP192", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Validate_Utf16_RefusedAsEncoding(bool withBom)
    {
        var xml = Jw301Document.Valid.Replace("UTF-8", "UTF-16", StringComparison.Ordinal);
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: withBom).GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        var issue = Assert.Single(Validate(bytes).Issues);

        Assert.Equal(Level1Codes.Encoding, issue.Code);
        Assert.Contains("UTF-16", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeclaredIso88591_RefusedAsEncoding()
    {
        var xml = Jw301Document.Valid.Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal)
            .Replace("Jansen", "Jans\u00e9n", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(xml);

        var issue = Assert.Single(Validate(bytes).Issues);

        Assert.Equal(Level1Codes.Encoding, issue.Code);
        Assert.Contains("encoding=\"ISO-8859-1\"", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("encoding='utf-8'")]
    [InlineData("encoding = \"Utf-8\"")]
    public void Validate_DeclaredUtf8InAnyCaseOrQuotes_Passes(string declaration)
    {
        var xml = Jw301Document.Valid.Replace("encoding=\"UTF-8\"", declaration, StringComparison.Ordinal);

        Assert.True(Validate(Jw301Document.Bytes(xml)).IsValid);
    }

    [Fact]
    public void Validate_DeclaredOtherEncodingInSingleQuotes_RefusedNamingIt()
    {
        var xml = Jw301Document.Valid.Replace("encoding=\"UTF-8\"", "encoding = 'windows-1252'", StringComparison.Ordinal);

        var issue = Assert.Single(Validate(Jw301Document.Bytes(xml)).Issues);

        Assert.Equal(Level1Codes.Encoding, issue.Code);
        Assert.Contains("encoding=\"windows-1252\"", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidUtf8Bytes_RefusedWithLineAndColumn()
    {
        var xml = Jw301Document.Valid.Replace("Jansen", "Jans\u00e9n", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(xml);

        var issue = Assert.Single(Validate(bytes).Issues);

        Assert.Equal(Level1Codes.Encoding, issue.Code);
        Assert.Equal(Jw301Document.LineOf(xml, "Jans\u00e9n"), issue.Line);
        var lineText = xml.Split('\n')[issue.Line!.Value - 1];
        Assert.Equal(lineText.IndexOf('\u00e9', StringComparison.Ordinal) + 1, issue.Column);
        Assert.Contains("not valid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidMultibyteUtf8_Passes()
    {
        var xml = Jw301Document.Valid.Replace("Jansen", "Jans\u00e9n-\u00d6zt\u00fcrk \u20ac \U0001F600", StringComparison.Ordinal);

        Assert.True(Validate(xml).IsValid);
    }

    [Fact]
    public void Validate_UnknownNamespace_RefusedAsUnsupportedNamingTheNamespace()
    {
        var xml = Jw301Document.Valid.Replace(Jw301Document.Namespace, "urn:example:other", StringComparison.Ordinal);

        var issue = Assert.Single(Validate(xml).Issues);

        Assert.Equal(Level1Codes.Unsupported, issue.Code);
        Assert.Contains("urn:example:other", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'Bericht'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://www.istandaarden.nl/ijw/2_3/jw303/schema", "JW303", "323")]
    [InlineData("http://www.istandaarden.nl/iwmo/2_4/wmo304/schema", "WMO304", "325")]
    public void Validate_Release2Declaratie_ExplainsReplacementBy323And325(string ns, string name, string replacement)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<m:Bericht xmlns:m=\"{ns}\"><m:Header/></m:Bericht>";

        var issue = Assert.Single(Validate(xml).Issues);

        Assert.Equal(Level1Codes.Unsupported, issue.Code);
        Assert.Contains(name, issue.Message, StringComparison.Ordinal);
        Assert.Contains("replaced in release 3.0 by 323 (Declaratie) and 325 (Declaratie-antwoord)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Send a " + replacement, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://www.istandaarden.nl/ijw/3_3/jw301/schema", "JW301: release 3.3 is not supported; supported: 3.2.")]
    [InlineData("http://www.istandaarden.nl/iwmo/2_3/wmo305/schema", "WMO305: release 2.3 is not supported; supported: 3.2.")]
    public void Validate_OtherRelease_SaysWhichReleasesAreSupported(string ns, string expected)
    {
        var xml = $"<m:Bericht xmlns:m=\"{ns}\"/>";

        var issue = Assert.Single(Validate(xml).Issues);

        Assert.Equal(Level1Codes.Unsupported, issue.Code);
        Assert.Equal(expected, issue.Message);
    }

    [Fact]
    public void Validate_WrongRootInKnownNamespace_RefusedAsUnsupported()
    {
        var xml = $"<m:Header xmlns:m=\"{Jw301Document.Namespace}\"/>";

        var issue = Assert.Single(Validate(xml).Issues);

        Assert.Equal(Level1Codes.Unsupported, issue.Code);
        Assert.Contains("root element is 'Header'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeepNesting_RefusedAsXml()
    {
        var depth = 10_000;
        var xml = Jw301Document.Valid.Replace(
            "<jw301:Commentaar>",
            "<jw301:Commentaar>",
            StringComparison.Ordinal).Replace(
            "<jw301:Geslacht>1</jw301:Geslacht>",
            "<jw301:Geslacht>1</jw301:Geslacht>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)),
            StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = result.Issues[^1];
        Assert.Equal(Level1Codes.Xml, issue.Code);
        Assert.Contains("levels deep", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotWellFormed_RefusedAsXmlWithLine()
    {
        var xml = Jw301Document.Valid.Replace("</jw301:Geslacht>", "</jw301:Geslacht2>", StringComparison.Ordinal);

        var issue = Validate(xml).Issues[^1];

        Assert.Equal(Level1Codes.Xml, issue.Code);
        Assert.Equal(Jw301Document.LineOf(xml, "Geslacht2"), issue.Line);
        Assert.StartsWith("The document is not well-formed XML", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyDocument_RefusedAsXml()
    {
        Assert.Equal(Level1Codes.Xml, Assert.Single(Validate([]).Issues).Code);
    }

    [Fact]
    public void Validate_OversizedStream_StopsAtTheLimitWithBoundedMemory()
    {
        const long limit = 1L * 1024 * 1024;
        var (head, product, tail) = Jw301Parts();
        var stream = new RepeatingStream(head, product, 500_000, tail);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Jw301Document.Validator(new Level1Options { MaxDocumentBytes = limit }).Validate(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var issue = result.Issues[^1];
        Assert.Equal(Level1Codes.Size, issue.Code);
        Assert.Contains("1048576 bytes", issue.Message, StringComparison.Ordinal);
        Assert.InRange(stream.Position, limit + 1, limit + 1);
        Assert.True(stream.TotalLength > 50 * limit);
        Assert.True(allocated < stream.TotalLength / 4, $"allocated {allocated} bytes; the document is {stream.TotalLength} bytes");
    }

    [Fact]
    public void Validate_LargeValidDocument_ValidatesWithBoundedLiveMemory()
    {
        var (head, product, tail) = Jw301Parts();
        var stream = new RepeatingStream(head, product, 30_000, tail) { ProbeAt = 9L * 1024 * 1024 };
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var result = Jw301Document.Validator().Validate(stream);

        Assert.True(result.IsValid, string.Join("; ", result.Issues.Take(3).Select(i => i.Message)));
        Assert.True(stream.TotalLength > 10 * 1024 * 1024, $"document is only {stream.TotalLength} bytes");
        var live = stream.LiveBytesAtProbe - baseline;
        Assert.True(live < 4 * 1024 * 1024, $"{live} bytes live after reading 9 MB of a {stream.TotalLength}-byte document");
    }

    private static (byte[] Head, byte[] Product, byte[] Tail) Jw301Parts()
    {
        var xml = Jw301Document.Valid;
        var start = xml.IndexOf("<jw301:ToegewezenProduct>", StringComparison.Ordinal);
        var end = xml.IndexOf("</jw301:ToegewezenProduct>", StringComparison.Ordinal) + "</jw301:ToegewezenProduct>".Length;
        var tail = xml.IndexOf("</jw301:ToegewezenProducten>", StringComparison.Ordinal);
        return (Jw301Document.Bytes(xml[..start]), Jw301Document.Bytes(xml[start..end]), Jw301Document.Bytes(xml[tail..]));
    }

    [Fact]
    public void ValidateFile_Oversized_RefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.xml");
        File.WriteAllBytes(path, new byte[2048]);
        try
        {
            var issue = Assert.Single(Jw301Document.Validator(new Level1Options { MaxDocumentBytes = 1024 }).ValidateFile(path).Issues);
            Assert.Equal(Level1Codes.Size, issue.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>head + body × copies + tail, produced on the fly.</summary>
    private sealed class RepeatingStream(byte[] head, byte[] body, int copies, byte[] tail) : Stream
    {
        private long _position;

        /// <summary>When reading passes this offset, the live heap is measured after a full collection.</summary>
        public long ProbeAt { get; init; } = long.MaxValue;

        public long LiveBytesAtProbe { get; private set; }

        public long TotalLength => head.Length + ((long)body.Length * copies) + tail.Length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < TotalLength)
            {
                buffer[offset + n++] = ByteAt(_position++);
            }

            if (_position >= ProbeAt && LiveBytesAtProbe == 0)
            {
                LiveBytesAtProbe = GC.GetTotalMemory(forceFullCollection: true);
            }

            return n;
        }

        private byte ByteAt(long p)
        {
            if (p < head.Length)
            {
                return head[p];
            }

            p -= head.Length;
            var bodies = (long)body.Length * copies;
            return p < bodies ? body[p % body.Length] : tail[p - bodies];
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
