using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Gateway.Messages.Validation;

/// <summary>
/// Lets only UTF-8 without BOM through (OP192). Rejects, with an ENCODING issue, a byte order mark,
/// UTF-16/UTF-32 (with or without BOM), an XML declaration naming another encoding, NUL bytes and
/// invalid UTF-8 sequences (with line and column). Checked on the raw bytes, before the XML reader
/// could switch to another decoder.
/// </summary>
internal sealed partial class Utf8GuardStream(Stream inner) : Stream
{
    private const int DeclarationWindow = 512;

    private readonly byte[] _prefix = new byte[DeclarationWindow];
    private int _prefixLength;
    private bool _declarationChecked;
    private long _offset;
    private int _pending;
    private byte _lowerBound = 0x80;
    private byte _upperBound = 0xBF;
    private int _line = 1;
    private int _column;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _offset;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var chunk = buffer[..n];
        if (n == 0)
        {
            CheckDeclaration(endOfInput: true);
            if (_pending > 0)
            {
                throw Invalid("the document ends in the middle of a UTF-8 sequence");
            }

            return 0;
        }

        if (_prefixLength < DeclarationWindow)
        {
            var take = Math.Min(chunk.Length, DeclarationWindow - _prefixLength);
            chunk[..take].CopyTo(_prefix.AsSpan(_prefixLength));
            _prefixLength += take;
            CheckStart();
            CheckDeclaration(endOfInput: false);
        }

        Scan(chunk);
        _offset += n;
        return n;
    }

    /// <summary>
    /// Checks one chunk. Fast path: bytes that finish a sequence begun in the previous chunk go through the byte
    /// state machine, then the rest up to a possibly cut-off final sequence is checked vectorised
    /// (<see cref="Utf8.IsValid"/>, NUL search) and line/column advanced in bulk; the cut-off sequence (at most
    /// 3 bytes) goes through the state machine again, so the next chunk completes it. A part that fails the fast
    /// check is re-run through the state machine from the same state, which throws at the exact line and column.
    /// </summary>
    private void Scan(ReadOnlySpan<byte> chunk)
    {
        var i = 0;
        while (_pending > 0 && i < chunk.Length)
        {
            Check(chunk[i++]);
        }

        var rest = chunk[i..];
        var body = rest[..CompletePrefixLength(rest)];
        if (Utf8.IsValid(body) && !body.Contains((byte)0))
        {
            AdvanceOver(body);
        }
        else
        {
            CheckSlowly(body);
        }

        CheckSlowly(rest[body.Length..]);
    }

    /// <summary>The length of <paramref name="bytes"/> without a final multi-byte sequence that is cut off by the chunk's end.</summary>
    private static int CompletePrefixLength(ReadOnlySpan<byte> bytes)
    {
        var j = bytes.Length - 1;
        var continuations = 0;
        while (j >= 0 && continuations < 3 && (bytes[j] & 0xC0) == 0x80)
        {
            j--;
            continuations++;
        }

        if (j < 0 || bytes[j] < 0xC0)
        {
            return bytes.Length;
        }

        var needed = bytes[j] >= 0xF0 ? 4 : bytes[j] >= 0xE0 ? 3 : 2;
        return needed > continuations + 1 ? j : bytes.Length;
    }

    private void CheckSlowly(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            Check(b);
        }
    }

    /// <summary>Line and column after valid UTF-8 without NUL: a column per character (per byte that is not a continuation byte).</summary>
    private void AdvanceOver(ReadOnlySpan<byte> valid)
    {
        var lastNewLine = valid.LastIndexOf((byte)'\n');
        if (lastNewLine >= 0)
        {
            _line += valid.Count((byte)'\n');
            _column = 0;
            valid = valid[(lastNewLine + 1)..];
        }

        if (Ascii.IsValid(valid))
        {
            _column += valid.Length;
            return;
        }

        var characters = 0;
        foreach (var b in valid)
        {
            if ((b & 0xC0) != 0x80)
            {
                characters++;
            }
        }

        _column += characters;
    }

    private void CheckStart()
    {
        var p = _prefix.AsSpan(0, _prefixLength);
        if (p.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            throw Rejection("The document starts with a UTF-8 byte order mark (BOM, bytes EF BB BF). iStandaarden messages must be UTF-8 without BOM (OP192): save the file as \"UTF-8\" without signature.");
        }

        if (p.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || p.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Rejection("The document is UTF-16 (it starts with a UTF-16 byte order mark). iStandaarden messages must be UTF-8 without BOM (OP192).");
        }

        if (p.Length >= 2 && (p[0] == 0 || p[1] == 0))
        {
            throw Rejection("The document looks like UTF-16 or UTF-32 (it has zero bytes between the characters). iStandaarden messages must be UTF-8 without BOM (OP192).");
        }
    }

    private void CheckDeclaration(bool endOfInput)
    {
        if (_declarationChecked)
        {
            return;
        }

        // On the bytes as ASCII (other bytes read as '?'), without making a string of the whole window per document.
        var prefix = _prefix.AsSpan(0, _prefixLength);
        if (!prefix.StartsWith("<?xml"u8))
        {
            _declarationChecked = _prefixLength >= 5 || endOfInput;
            return;
        }

        var end = prefix.IndexOf("?>"u8);
        if (end < 0)
        {
            _declarationChecked = _prefixLength >= DeclarationWindow || endOfInput;
            return;
        }

        _declarationChecked = true;
        Span<char> declaration = stackalloc char[end];
        Encoding.ASCII.GetChars(prefix[..end], declaration);
        foreach (var match in EncodingAttribute().EnumerateMatches(declaration))
        {
            // encoding = "…" or '…': the value lies between the first quote of the match and its last character.
            var attribute = declaration.Slice(match.Index, match.Length);
            var value = attribute[(attribute.IndexOfAny('"', '\'') + 1)..^1];
            if (!value.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
            {
                throw Rejection($"The XML declaration says encoding=\"{value}\". iStandaarden messages must be UTF-8 without BOM (OP192): declare encoding=\"UTF-8\" (or leave it out) and save the file as UTF-8.");
            }

            break;
        }
    }

    private void Check(byte b)
    {
        if (_pending == 0)
        {
            switch (b)
            {
                case 0:
                    throw Invalid("the document contains a NUL byte, which XML does not allow (is it UTF-16?)");
                case < 0x80:
                    Advance(b == (byte)'\n');
                    return;
                case >= 0xC2 and <= 0xDF:
                    Expect(1, 0x80, 0xBF);
                    return;
                case 0xE0:
                    Expect(2, 0xA0, 0xBF);
                    return;
                case 0xED:
                    Expect(2, 0x80, 0x9F);
                    return;
                case >= 0xE1 and <= 0xEF:
                    Expect(2, 0x80, 0xBF);
                    return;
                case 0xF0:
                    Expect(3, 0x90, 0xBF);
                    return;
                case 0xF4:
                    Expect(3, 0x80, 0x8F);
                    return;
                case >= 0xF1 and <= 0xF3:
                    Expect(3, 0x80, 0xBF);
                    return;
                default:
                    throw Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"byte 0x{b:X2} cannot start a UTF-8 character (is the file ISO-8859-1 or Windows-1252?)"));
            }
        }

        if (b < _lowerBound || b > _upperBound)
        {
            throw Invalid("an incomplete UTF-8 sequence (is the file ISO-8859-1 or Windows-1252?)");
        }

        _lowerBound = 0x80;
        _upperBound = 0xBF;
        if (--_pending == 0)
        {
            Advance(newLine: false);
        }
    }

    private void Expect(int continuationBytes, byte lower, byte upper)
    {
        _pending = continuationBytes;
        _lowerBound = lower;
        _upperBound = upper;
    }

    private void Advance(bool newLine)
    {
        if (newLine)
        {
            _line++;
            _column = 0;
        }
        else
        {
            _column++;
        }
    }

    private Level1Rejection Invalid(string what) => new(
        Level1Codes.Encoding,
        $"The document is not valid UTF-8 at line {_line}, column {_column + 1}: {what}. iStandaarden messages must be UTF-8 without BOM (OP192).",
        _line,
        _column + 1);

    private static Level1Rejection Rejection(string message) => new(Level1Codes.Encoding, message, 1, 1);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    [GeneratedRegex("""encoding\s*=\s*["']([^"']*)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex EncodingAttribute();
}
