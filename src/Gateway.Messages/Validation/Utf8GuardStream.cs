using System.Text;
using System.Text.RegularExpressions;

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

        foreach (var b in chunk)
        {
            Check(b);
            _offset++;
        }

        return n;
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

        var text = Encoding.ASCII.GetString(_prefix, 0, _prefixLength);
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            _declarationChecked = _prefixLength >= 5 || endOfInput;
            return;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal);
        if (end < 0)
        {
            _declarationChecked = _prefixLength >= DeclarationWindow || endOfInput;
            return;
        }

        _declarationChecked = true;
        var match = EncodingAttribute().Match(text[..end]);
        if (match.Success && !string.Equals(match.Groups[1].Value, "UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw Rejection($"The XML declaration says encoding=\"{match.Groups[1].Value}\". iStandaarden messages must be UTF-8 without BOM (OP192): declare encoding=\"UTF-8\" (or leave it out) and save the file as UTF-8.");
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
