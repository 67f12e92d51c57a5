using System.Globalization;
using Npgsql;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// What the gateways' PostgreSQL sessions are doing during a run, sampled from <c>pg_stat_activity</c> every few
/// milliseconds on a connection of the bench's own (whose server CPU is told, so that it can be left out of the server's): executing, waiting for the gateway inside a transaction (the
/// gateway computes or awaits between statements), waiting for a lock (the gateway's advisory locks per ceiling-year and
/// per client, row locks), flushing the WAL, or idle in the pool. The mean number of sessions in each state says whether
/// the store's locks, the disk or the gateway itself is what the units wait for — a share that holds on a busy machine,
/// where messages per second do not.
/// </summary>
internal sealed class PostgresActivity : IAsyncDisposable
{
    private const string CeilingLockClass = "1196901196";
    private const string ClientLockClass = "1196903491";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    // One row per gateway session; the lock a waiting session asks for, when it waits for one.
    private const string Sql = """
        SELECT a.state, a.wait_event_type, a.wait_event,
               (SELECT l.locktype || ':' || COALESCE(l.classid::text, '') FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted LIMIT 1)
        FROM pg_stat_activity a
        WHERE a.datname = current_database() AND a.application_name = 'gateway' AND a.backend_type = 'client backend'
        """;

    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _samples;

    /// <summary>CPU seconds the server spent on the sampling connection (read when sampling stops); 0 before.</summary>
    public double OwnServerCpuSeconds { get; private set; }

    private PostgresActivity(string connectionString) => _sampling = Task.Run(() => SampleAsync(connectionString, _stop.Token));

    /// <summary>Starts sampling the sessions of the database <paramref name="connectionString"/> names.</summary>
    public static PostgresActivity Start(string connectionString) => new(connectionString);

    /// <summary>Stops sampling and describes the mean sessions per state, busiest first; empty when nothing was sampled.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        if (_samples == 0)
        {
            return "";
        }

        var parts = _counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {(double)c.Value / _samples:0.0}"));
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL sessions (mean of {_samples:N0} samples): {string.Join(", ", parts)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "gateway-bench", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        await command.PrepareAsync(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var state = reader.IsDBNull(0) ? "" : reader.GetString(0);
                        var waitType = reader.IsDBNull(1) ? null : reader.GetString(1);
                        var wait = reader.IsDBNull(2) ? null : reader.GetString(2);
                        var lockWanted = reader.IsDBNull(3) ? null : reader.GetString(3);
                        var key = Classify(state, waitType, wait, lockWanted);
                        _counts[key] = _counts.GetValueOrDefault(key) + 1;
                    }
                }

                _samples++;
                await Task.Delay(Interval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }

        OwnServerCpuSeconds = ServerCpu.ProcessSeconds(connection.ProcessID);
    }

    private static string Classify(string state, string? waitType, string? wait, string? lockWanted) => (state, waitType) switch
    {
        ("idle", _) => "idle",
        ("idle in transaction", _) => "in transaction, waiting for the gateway",
        ("idle in transaction (aborted)", _) => "in an aborted transaction",
        ("active", "Lock") => lockWanted switch
        {
            "advisory:" + CeilingLockClass => "waiting for a ceiling-year lock",
            "advisory:" + ClientLockClass => "waiting for a client lock",
            _ => $"waiting for a lock ({wait})",
        },
        ("active", "IO" or "LWLock") when wait is not null && wait.StartsWith("WAL", StringComparison.Ordinal) => "writing or flushing the WAL",
        ("active", null) => "executing",
        ("active", _) => $"executing ({waitType}:{wait})",
        _ => state,
    };
}
