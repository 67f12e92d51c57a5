using System.Globalization;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>Counts bytes as they are read and stops at the limit, so an oversized envelope is never buffered whole.</summary>
internal sealed class EnvelopeSizeLimitedStream(Stream inner, long limit) : Stream
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

    public static GgkEnvelopeException TooLarge(long limit) => new(
        GgkEnvelopeProblem.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"The envelope is larger than the limit of {limit} bytes ({limit / (1024.0 * 1024.0):0.##} MB, base64 payload included)."));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer[..Room(buffer.Length)]);
        return Count(n);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer[..Room(buffer.Length)], cancellationToken).ConfigureAwait(false);
        return Count(n);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Ask for at most one byte beyond the limit: enough to know it is crossed, never more.
    private int Room(int wanted) => (int)Math.Min(wanted, limit - _count + 1);

    private int Count(int n)
    {
        _count += n;
        return _count > limit ? throw TooLarge(limit) : n;
    }
}
