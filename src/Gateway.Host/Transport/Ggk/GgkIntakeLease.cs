namespace Gateway.Host.Transport.Ggk;

/// <summary>One admitted request's share of the <see cref="GgkIntakeGate"/>; released once, however often it is disposed.</summary>
internal sealed class GgkIntakeLease(GgkIntakeGate gate, long bytes) : IDisposable
{
    private int _released;

    /// <summary>The envelope bytes reserved.</summary>
    public long Bytes => bytes;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            gate.Leave(bytes);
        }
    }
}
