using System.Text;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public class GgkSoapReaderTests
{
    private const string CanaryBsn = "999993653";

    private static string Payload315(string ns = "http://www.istandaarden.nl/ijw/3_2/jw315/schema") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Bericht xmlns="{ns}"><Header><BerichtCode>436</BerichtCode></Header><Client><Bsn>{CanaryBsn}</Bsn></Client></Bericht>""";

    private static string XmlBestand(string payload) =>
        "<GGK:xmlBestand>" + Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)) + "</GGK:xmlBestand>";

    [Fact]
    public async Task Read_FunctieJW305Carrying315_RefusedNamingBothWithoutPayloadContent()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>JW305</StUF:functie>", bericht: XmlBestand(Payload315())));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
        Assert.Contains("functie is JW305", e.Message, StringComparison.Ordinal);
        Assert.Contains("is a JW315 (release 3.2)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryBsn, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WmoFunctieCarryingIjwPayload_Refused()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>WMO315</StUF:functie>", bericht: XmlBestand(Payload315())));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
        Assert.Contains("functie is WMO315", e.Message, StringComparison.Ordinal);
        Assert.Contains("a JW315", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JW303", "Send a JW323 of release 3.2 instead.")]
    [InlineData("WMO303", "Send a WMO323 of release 3.2 instead.")]
    [InlineData("JW304", "Send a JW325 of release 3.2 instead.")]
    public async Task Read_FunctieOfRelease2_RetiredWithItsSuccessorNamed(string functie, string successor)
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: $"<StUF:functie>{functie}</StUF:functie>"));

        Assert.Equal(GgkEnvelopeProblem.RetiredFunctie, e.Problem);
        Assert.StartsWith($"functie {functie} is a message of release 2.x: messages 303 and 304 were replaced in release 3.0", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(successor, e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length <= 200, $"{e.Message.Length} characters do not fit a Fo03's omschrijving");
    }

    [Fact]
    public async Task Read_FunctieMatchesPayload_Read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SomeGgk.Di01Xml(functie: "<StUF:functie>JW315</StUF:functie>", bericht: XmlBestand(Payload315()))));

        var read = Assert.IsType<GgkEnvelope>(await GgkSoap.ReadAsync(stream));

        Assert.Equal("JW315", read.Functie);
        Assert.Equal(Payload315(), Encoding.UTF8.GetString(read.Payload.Span));
    }

    [Theory]
    [InlineData("<x>not an iStandaarden message</x>")]
    [InlineData("not XML at all")]
    [InlineData("<Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\"/>")]
    public async Task Read_PayloadNotAMessageNamespace_LeftToLevel1(string payload)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SomeGgk.Di01Xml(functie: "<StUF:functie>JW305</StUF:functie>", bericht: XmlBestand(payload))));

        var read = Assert.IsType<GgkEnvelope>(await GgkSoap.ReadAsync(stream));

        Assert.Equal(payload, Encoding.UTF8.GetString(read.Payload.Span));
    }

    [Fact]
    public async Task Read_TwoBerichten_Refused()
    {
        var two = XmlBestand(Payload315()) + "</GGK:bericht><GGK:bericht>" + XmlBestand(Payload315());

        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>JW315</StUF:functie>", bericht: two));

        Assert.Equal(GgkEnvelopeProblem.Malformed, e.Problem);
        Assert.Contains("parameters holds more than one bericht", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TwoXmlBestandenInOneBericht_Refused()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>JW315</StUF:functie>", bericht: XmlBestand(Payload315()) + XmlBestand(Payload315())));

        Assert.Equal(GgkEnvelopeProblem.Malformed, e.Problem);
        Assert.Contains("bericht holds more than one xmlBestand", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_LargePayload_ExactBytesInOneArrayHandedOnWithoutCopy()
    {
        // 9,000,000 bytes: just above a power of two, where a doubling buffer costs the most.
        var payload = new byte[9_000_000];
        new Random(8).NextBytes(payload);
        var envelope = GgkSoap.ToBytes(SomeGgk.Di01(payload));
        using var stream = new MemoryStream(envelope);

        // A MemoryStream completes every read at once, so the whole read runs on this thread and its allocations are counted here.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var reading = GgkSoap.ReadAsync(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(reading.IsCompletedSuccessfully, "the read did not complete synchronously over a MemoryStream");
        var read = Assert.IsType<GgkEnvelope>(await reading);
        Assert.True(payload.AsSpan().SequenceEqual(read.Payload.Span));
        Assert.Same(read.PayloadArray(), read.PayloadArray());
        Assert.Equal(payload.Length, read.PayloadArray().Length);

        // One pass of 64 KB chunks plus the final array: about two payloads; a buffer that doubles as it grows costs nearly four.
        Assert.True(allocated < payload.Length * 2.5, $"reading a {payload.Length}-byte payload allocated {allocated} bytes");
    }

    [Fact]
    public async Task Read_SmallEnvelope_ParsedFromMemoryWithoutStreamingBuffers()
    {
        using var stream = new MemoryStream(GgkSoap.ToBytes(SomeGgk.Di01()));
        await GgkSoap.ReadAsync(stream);
        stream.Position = 0;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var reading = GgkSoap.ReadAsync(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(reading.IsCompletedSuccessfully, "the read did not complete synchronously over a MemoryStream");
        var read = Assert.IsType<GgkEnvelope>(await reading);
        Assert.Equal(SomeGgk.Payload, read.PayloadArray());

        // A streaming (asynchronous) XmlReader alone allocates a 64 KB byte buffer and a 128 KB character buffer.
        Assert.True(allocated < 64 * 1024, $"reading a small envelope allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task Read_AroundTheInMemorySize_SamePayloadInPiecesAsTheyArrive(int beyond)
    {
        var payload = new byte[40_000];
        new Random(beyond).NextBytes(payload);
        var envelope = GgkSoap.ToBytes(SomeGgk.Di01(payload));
        var length = GgkSoapReader.InMemoryEnvelopeBytes + beyond;
        if (length < envelope.Length)
        {
            payload = payload[..(payload.Length - (envelope.Length - length))];
            envelope = GgkSoap.ToBytes(SomeGgk.Di01(payload));
        }

        // Whitespace after the root element is allowed: it brings the envelope to the exact length.
        var padded = envelope.Concat(Enumerable.Repeat((byte)' ', length - envelope.Length)).ToArray();
        Assert.Equal(length, padded.Length);
        using var stream = new TricklingStream(padded, 1000);

        var read = Assert.IsType<GgkEnvelope>(await GgkSoap.ReadAsync(stream));

        Assert.True(payload.AsSpan().SequenceEqual(read.Payload.Span));
    }

    /// <summary>Hands out at most a few bytes per read, and only asynchronously, as a slow network does.</summary>
    private sealed class TricklingStream(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span[..Math.Min(buffer.Length, perRead)]);
        }
    }
}
