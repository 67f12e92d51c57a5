using System.Net;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A request body that sends its first part, then waits until <see cref="Release"/>: the gateway has admitted the request and
/// is reading it, so a test can fill the intake bounds by count instead of hoping requests overlap in time.
/// Without a length it goes chunked, as a request without Content-Length. A first part larger than the loopback socket buffers
/// can only be sent once the gateway reads it: <see cref="FirstPartSent"/> then says the request was admitted.
/// </summary>
internal sealed class HeldContent(byte[] bytes, bool chunked = false, int firstPart = 256 * 1024) : HttpContent
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstPartSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first part is written and flushed.</summary>
    public Task FirstPartSent => _firstPartSent.Task;

    public void Release() => _release.TrySetResult();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var first = Math.Min(firstPart, bytes.Length / 2);
        await stream.WriteAsync(bytes.AsMemory(0, first), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        _firstPartSent.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        await stream.WriteAsync(bytes.AsMemory(first), cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return !chunked;
    }
}
