using System.Diagnostics;
using System.Globalization;
using Gateway.Testing.Network;
using Npgsql;

namespace Gateway.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for the test run: Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>, installed by
/// <c>.ci/run</c>), <c>initdb</c> in a temp directory (as the <c>postgres</c> user when the tests run as root), a free
/// loopback port, <c>fsync=off</c> (a test never survives a power loss, so nothing is gained by waiting for the disk).
/// One shared server per test process, started on first use and stopped when the process exits; each caller gets a fresh
/// database of its own. A test that stops or restarts the server starts one of its own (<see cref="StartOwnAsync"/>); a
/// benchmark starts one of its own with <see cref="StartDurableAsync"/>: fsync on, as in production.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "gateway_test";
    private const string Prefix = "gateway-pg-";
    private static readonly Lazy<Task<PostgresServer>> Started = new(() => StartSharedAsync(durable: false));
    private static int _databases;

    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly bool _durable;

    private PostgresServer(string bin, string root, int port, bool durable)
    {
        _bin = bin;
        _durable = durable;
        Root = root;
        _dataDirectory = Path.Combine(root, "data");
        Port = port;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The temp directory holding the cluster, its socket and its log.</summary>
    public string Root { get; }

    /// <summary>The server of this test process, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync() => Started.Value;

    /// <summary>A server for one test alone (which may restart it); stopped and removed when disposed.</summary>
    public static Task<PostgresServer> StartOwnAsync() => StartAsync(durable: false);

    /// <summary>
    /// Stops the server as a crash or an operator would (<c>pg_ctl stop -m immediate</c>: every session cut, no checkpoint,
    /// crash recovery at the next start; <c>-m fast</c> when <paramref name="immediate"/> is false) and starts it again on
    /// the same port and data directory. Clients see their connections broken and must open new ones.
    /// </summary>
    public async Task RestartAsync(bool immediate = true)
    {
        await StopAsync(immediate);
        await StartAgainAsync();
    }

    /// <summary>Stops the server (see <see cref="RestartAsync"/>); <see cref="StartAgainAsync"/> brings it back.</summary>
    public Task StopAsync(bool immediate = true) => PgCtlAsync("stop", "-w", "-t", "60", "-m", immediate ? "immediate" : "fast");

    /// <summary>Starts a stopped server again on the same port and data directory.</summary>
    public Task StartAgainAsync() => PgCtlAsync(StartArguments());

    /// <summary>Stops this server and removes its cluster (a server of <see cref="StartOwnAsync"/>).</summary>
    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A server of the caller's own with <c>fsync=on</c> and <c>synchronous_commit=on</c> (bench/Gateway.Bench.Load): a
    /// commit then waits for the disk, as it does in production and as SQLite's <c>synchronous=FULL</c> does, so figures
    /// of the two stores compare. Stopped and removed when the process exits.
    /// </summary>
    public static Task<PostgresServer> StartDurableAsync() => StartSharedAsync(durable: true);

    /// <summary>A connection string to the database <paramref name="database"/> of this server.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Pooling = true,
        Timeout = 30,
        CommandTimeout = 60,
    }.ToString();

    /// <summary>Creates an empty database with a name of its own and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{Sanitize(purpose)}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresServer> StartSharedAsync(bool durable)
    {
        var server = await StartAsync(durable);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private static async Task<PostgresServer> StartAsync(bool durable)
    {
        var bin = FindBinaries();
        RemoveStoppedClusters();
        var root = Directory.CreateTempSubdirectory(Prefix).FullName;
        var server = new PostgresServer(bin, root, FreePort.Next(), durable);
        if (RunsAsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres", root]);
        }

        await server.RunToolAsync("initdb", "-D", server._dataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        await server.PgCtlAsync(server.StartArguments());
        return server;
    }

    /// <summary>
    /// Clusters of earlier runs whose server is down (no postmaster.pid): a test host that is killed never runs its exit
    /// handler, and each cluster holds hundreds of megabytes. A young one may be another test process's, still starting.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (now - Directory.GetLastWriteTimeUtc(directory) > TimeSpan.FromMinutes(10) && !File.Exists(Path.Combine(directory, "data", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run may be creating it right now: left for the next one.
                }
            }
        }
    }

    private string[] StartArguments() =>
    [
        "start", "-w", "-t", "60", "-l", Path.Combine(Root, "server.log"),
        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {Root} -c listen_addresses=127.0.0.1 {(_durable ? "-c fsync=on -c synchronous_commit=on" : "-c fsync=off -c full_page_writes=off")} -c max_connections={(_durable ? 300 : 200)}"),
    ];

    private void Stop()
    {
        // One detached shell stops the server and removes the cluster: the test host may be ended right after its exit
        // handlers, before a stop it waited for could finish, and the cluster holds hundreds of megabytes.
        var pgCtl = $"'{Path.Combine(_bin, "pg_ctl")}' -D '{_dataDirectory}' stop -m immediate";
        var script = $"{(RunsAsRoot ? "runuser -u postgres -- " : "")}{pgCtl} >/dev/null 2>&1; rm -rf '{Root}'";
        try
        {
            NpgsqlConnection.ClearAllPools();
            using var stop = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { UseShellExecute = false });
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Leaving a temp directory behind must not fail the test run; the next run removes it.
        }
    }

    private Task PgCtlAsync(params string[] arguments) => RunToolAsync("pg_ctl", ["-D", _dataDirectory, .. arguments]);

    private Task RunToolAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        return RunsAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        const string Debian = "/usr/lib/postgresql";
        var bin = Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed: no {Debian}/<version>/bin/initdb. Install Debian's server (apt-get install -y postgresql), as .ci/run does.");
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string Sanitize(string purpose) =>
        new([.. purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40)]);
}
