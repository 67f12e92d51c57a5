using System.Diagnostics;
using System.Globalization;
using Gateway.Testing.Network;
using Npgsql;

namespace Gateway.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for the test run: Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>, installed by
/// <c>.ci/run</c>), <c>initdb</c> in a temp directory (as the <c>postgres</c> user when the tests run as root), a free
/// loopback port, <c>fsync=off</c> (a test never survives a power loss, so nothing is gained by waiting for the disk).
/// One server per test process, started on first use and stopped when the process exits; each caller gets a fresh
/// database of its own.
/// </summary>
public sealed class PostgresServer
{
    private const string Superuser = "gateway_test";
    private static readonly Lazy<Task<PostgresServer>> Started = new(StartAsync);
    private static int _databases;

    private readonly string _bin;
    private readonly string _dataDirectory;

    private PostgresServer(string bin, string root, int port)
    {
        _bin = bin;
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

    /// <summary>Stops the server at once (as a crash would) and starts it again on the same port and files.</summary>
    public async Task RestartAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgCtlAsync("stop", "-m", "immediate");
        await PgCtlAsync(StartArguments());
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var root = Directory.CreateTempSubdirectory("gateway-pg-").FullName;
        var server = new PostgresServer(bin, root, FreePort.Next());
        if (RunsAsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres", root]);
        }

        await server.RunToolAsync("initdb", "-D", server._dataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        await server.PgCtlAsync(server.StartArguments());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private string[] StartArguments() =>
    [
        "start", "-w", "-t", "60", "-l", Path.Combine(Root, "server.log"),
        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {Root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200"),
    ];

    private void Stop()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            PgCtlAsync("stop", "-m", "immediate").GetAwaiter().GetResult();
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Leaving a temp directory behind must not fail the test run.
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
