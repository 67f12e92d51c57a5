using System.Diagnostics;

namespace Gateway.HubSimulator.Hub;

/// <summary>Everything the simulator received and sent, for tests and the demo summary. Thread-safe.</summary>
public sealed class HubTraffic
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedMessage> _received = [];
    private readonly List<SentMessage> _sent = [];

    /// <summary>Everything received, in order.</summary>
    public IReadOnlyList<ReceivedMessage> Received
    {
        get
        {
            lock (_lock)
            {
                return _received.ToArray();
            }
        }
    }

    /// <summary>Everything sent to the gateway, in order.</summary>
    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_lock)
            {
                return _sent.ToArray();
            }
        }
    }

    /// <summary>Received messages the hub accepted (Bv03) with this functie (e.g. JW302), in order.</summary>
    public IReadOnlyList<ReceivedMessage> Accepted(string functie) =>
        Received.Where(r => r.Accepted && r.Functie == functie).ToArray();

    /// <summary>Count of accepted messages per functie (Fo01 under "Fo01").</summary>
    public IReadOnlyDictionary<string, int> AcceptedPerFunctie() =>
        Received.Where(r => r.Accepted).GroupBy(r => r.Functie ?? r.Berichtcode.ToString()).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Waits until a condition over the received messages holds, or the timeout passes.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<ReceivedMessage>, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition(Received))
        {
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _received.Clear();
            _sent.Clear();
        }
    }

    internal void Add(ReceivedMessage message)
    {
        lock (_lock)
        {
            _received.Add(message);
        }
    }

    internal void Add(SentMessage message)
    {
        lock (_lock)
        {
            _sent.Add(message);
        }
    }
}
