using System.Globalization;

namespace Gateway.Messages.Validation;

/// <summary>
/// Counts bytes as they are read and stops with a SIZE rejection the moment the limit is crossed, so
/// an oversized document is never buffered whole.
/// </summary>
internal sealed class SizeLimitedStream(Stream inner, long limit) : Stream
{
    private long _count;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _count;
        set => throw new NotSupportedException();
    }

    public static Level1Rejection TooLarge(long limit) => new(
        Level1Codes.Size,
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limit} bytes ({limit / (1024.0 * 1024.0):0.##} MB); iStandaarden messages may be at most 25 MB (OP179)."));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for at most one byte beyond the limit: enough to know it is crossed, never more.
        var room = (int)Math.Min(buffer.Length, limit - _count + 1);
        var n = inner.Read(buffer[..room]);
        _count += n;
        return _count > limit ? throw TooLarge(limit) : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
