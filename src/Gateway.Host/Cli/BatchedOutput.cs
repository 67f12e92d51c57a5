using System.Text;

namespace Gateway.Host.Cli;

/// <summary>
/// Collects the lines of many files and writes them in chunks: the console writes each call through at once, and a
/// folder of thousands of small files would otherwise cost one system call per file. A chunk is written when it is
/// large, or when the previous write is a moment ago, so a slow file's line is not held back long.
/// </summary>
internal sealed class BatchedOutput(TextWriter target, TimeProvider time)
{
    private const int ChunkCharacters = 32 * 1024;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(200);

    private readonly StringBuilder _pending = new();
    private long _lastWrite = time.GetTimestamp();

    public void Write(string text)
    {
        _pending.Append(text);
        if (_pending.Length >= ChunkCharacters || time.GetElapsedTime(_lastWrite) >= MaxDelay)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_pending.Length > 0)
        {
            target.Write(_pending.ToString());
            _pending.Clear();
        }

        _lastWrite = time.GetTimestamp();
    }
}
