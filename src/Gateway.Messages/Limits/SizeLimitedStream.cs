namespace Gateway.Messages.Limits;

/// <summary>
/// Counts bytes as they are read and throws the caller's exception the moment the limit is crossed, so an oversized
/// document or envelope is never buffered whole.
/// </summary>
/// <param name="inner">The stream to read.</param>
/// <param name="limit">The largest number of bytes allowed.</param>
/// <param name="tooLarge">Builds the exception to throw once more than <paramref name="limit"/> bytes were read.</param>
internal sealed class SizeLimitedStream(Stream inner, long limit, Func<long, Exception> tooLarge) : Stream
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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer[..Room(buffer.Length)]));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Room(buffer.Length)], cancellationToken).ConfigureAwait(false));

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
        return _count > limit ? throw tooLarge(limit) : n;
    }
}
