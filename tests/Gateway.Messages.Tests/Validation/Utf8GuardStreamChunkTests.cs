using System.Text;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// The guard checks whole chunks at once and only falls back to a byte loop at chunk ends and on errors: whatever
/// the chunking, it must accept exactly the same bytes and report an error at the same line and column as one read
/// of the whole document.
/// </summary>
public sealed class Utf8GuardStreamChunkTests
{
    private const string Mixed = "<a>x\né€😀\r\nabc😀é\n\u07FF\uFFFD\U0010FFFF ok</a>";

    public static TheoryData<string, byte[], int> InvalidDocuments() => new()
    {
        { "byte that cannot start a character", Bytes("<a>\né€"), 0xFF },
        { "Latin-1 é", Bytes("<a>\nabc"), 0xE9 },
        { "stray continuation", Bytes("<a>\n😀"), 0x80 },
        { "NUL", Bytes("<a>\nxé"), 0x00 },
    };

    [Fact]
    public void Read_ValidDocument_SplitAtEveryOffset_PassesBytesThrough()
    {
        var bytes = Bytes(Mixed);
        for (var split = 1; split < bytes.Length; split++)
        {
            Assert.Equal(bytes, Drain(bytes, split, bytes.Length));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void Read_ValidDocument_InSmallChunks_PassesBytesThrough(int chunk)
    {
        var bytes = Bytes(Mixed);

        Assert.Equal(bytes, Drain(bytes, chunk, chunk));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Read_InvalidByte_AnySplit_SameLineAndColumnAsOneRead(string what, byte[] prefix, int bad)
    {
        byte[] bytes = [.. prefix, (byte)bad, .. Bytes("tail\né</a>")];
        var whole = Error(bytes, bytes.Length, bytes.Length);
        Assert.Equal(2, whole.Issue.Line);

        for (var split = 1; split < bytes.Length; split++)
        {
            var chunked = Error(bytes, split, bytes.Length);
            Assert.True(whole.Issue == chunked.Issue, $"{what}, split at {split}: {chunked.Message} vs {whole.Message}");
        }

        for (var chunk = 1; chunk <= 8; chunk++)
        {
            Assert.Equal(whole.Issue, Error(bytes, chunk, chunk).Issue);
        }
    }

    [Fact]
    public void Read_InvalidByteRightAtChunkBoundary_ReportsItsLineAndColumn()
    {
        // Line 2 is "é€" then 0xFF: the bad byte is the third character of line 2, and the first byte of chunk two.
        byte[] bytes = [.. Bytes("<a>\né€"), 0xFF, .. Bytes("</a>")];
        var boundary = Bytes("<a>\né€").Length;

        var error = Error(bytes, boundary, bytes.Length);

        Assert.Equal(2, error.Issue.Line);
        Assert.Equal(3, error.Issue.Column);
        Assert.Contains("byte 0xFF cannot start a UTF-8 character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidByteLastInChunk_ReportsItsLineAndColumn()
    {
        byte[] bytes = [.. Bytes("<a>\n\nab"), 0xC0, 0x80, .. Bytes("</a>")];

        var error = Error(bytes, Bytes("<a>\n\nab").Length + 1, bytes.Length);

        Assert.Equal(3, error.Issue.Line);
        Assert.Equal(3, error.Issue.Column);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })] // overlong NUL
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })] // overlong
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // beyond U+10FFFF
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82, 0x41 })] // € cut short by an ASCII byte
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })] // 😀 cut short by the end of the document
    public void Read_IllFormedSequence_RefusedAtEverySplit(byte[] sequence)
    {
        byte[] bytes = [.. Bytes("<a>ü\n€ "), .. sequence];
        var whole = Error(bytes, bytes.Length, bytes.Length);
        Assert.Equal(2, whole.Issue.Line);

        for (var split = 1; split < bytes.Length; split++)
        {
            Assert.Equal(whole.Issue, Error(bytes, split, bytes.Length).Issue);
        }
    }

    [Fact]
    public void Read_LongLineOfMultibyteCharacters_ColumnCountsCharacters()
    {
        var line = string.Concat(Enumerable.Repeat("é€😀a", 3000));
        byte[] bytes = [.. Bytes("<a>\n" + line), 0xFF];

        foreach (var chunk in new[] { 4096, 1000, 333, bytes.Length })
        {
            var error = Error(bytes, chunk, chunk);
            Assert.Equal(2, error.Issue.Line);
            Assert.Equal((4 * 3000) + 1, error.Issue.Column);
        }
    }

    [Fact]
    public void Read_ManyLines_LineCountedAcrossChunks()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<x>é{i}</x>\n"));
        byte[] bytes = [.. Bytes("<a>\n" + text + "abc"), 0xFF];

        foreach (var chunk in new[] { 4096, 17, bytes.Length })
        {
            var error = Error(bytes, chunk, chunk);
            Assert.Equal(5002, error.Issue.Line);
            Assert.Equal(4, error.Issue.Column);
        }
    }

    private static byte[] Bytes(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    private static byte[] Drain(byte[] bytes, int first, int chunk)
    {
        using var guard = new Utf8GuardStream(new ChunkedStream(bytes, first, chunk));
        using var output = new MemoryStream();
        var buffer = new byte[8192];
        int n;
        while ((n = guard.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }

    private static Level1Rejection Error(byte[] bytes, int first, int chunk) =>
        Assert.Throws<Level1Rejection>(() => Drain(bytes, first, chunk));

    /// <summary>Hands out its bytes in reads of <c>first</c>, then <c>chunk</c> bytes, whatever the caller asks for.</summary>
    private sealed class ChunkedStream(byte[] bytes, int first, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var size = Math.Min(Math.Min(buffer.Length, _position == 0 ? first : chunk), bytes.Length - _position);
            bytes.AsSpan(_position, size).CopyTo(buffer);
            _position += size;
            return size;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
