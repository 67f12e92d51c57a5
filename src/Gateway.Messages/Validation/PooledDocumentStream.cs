using System.Buffers;

namespace Gateway.Messages.Validation;

/// <summary>A read-only stream over the first bytes of a buffer rented from the shared pool, returned on dispose.</summary>
internal sealed class PooledDocumentStream(byte[] rented, int length) : MemoryStream(rented, 0, length, writable: false)
{
    private byte[]? _rented = rented;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Interlocked.Exchange(ref _rented, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
