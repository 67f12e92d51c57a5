using System.Data;
using System.Data.Common;
using Gateway.Storage.Relational;
using Npgsql;

namespace Gateway.Storage.Postgres;

/// <summary>
/// The message store on a PostgreSQL database, shared by any number of gateway instances: every write in READ COMMITTED
/// with <c>synchronous_commit=on</c> (a commit is on the server's disk before it returns), claims with
/// <c>FOR UPDATE SKIP LOCKED</c>, ledger work ordered per client by an advisory lock, migrations at start under an
/// advisory lock. Dedup holds across instances through the unique keys: a concurrent copy fails its insert and is retried.
/// </summary>
public sealed class PostgresMessageStore : RelationalMessageStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _server;

    // Group commit is off by default here. Batching units on one connection makes them take turns, where separate
    // connections work side by side (row locks, per-client advisory locks); and PostgreSQL already flushes the WAL of
    // commits that arrive together in one write (a backend's flush covers every commit queued behind it). Measured on
    // this project's 2-core machine (scratch run: 16 writers x 100 units of one message and one delivery, test server):
    // 240 units/s with a transaction each vs 221 units/s grouped (101 commits for 1,600 units), and 1.7x the client CPU
    // per unit grouped; the test server runs with fsync=off, so what grouping could save (flushes) was not there to save,
    // and what it costs (turns) was. Gateway:Storage:GroupCommit=true turns it on, e.g. for a server with a slow disk.
    /// <summary>Creates the store over <see cref="StorageOptions.ConnectionString"/>; the schema is migrated on first use or by <see cref="RelationalMessageStore.MigrateAsync"/>.</summary>
    public PostgresMessageStore(StorageOptions options, TimeProvider timeProvider)
        : base(options, timeProvider, PostgresDialect.Instance, groupCommitByDefault: false)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        connection.Options = string.IsNullOrWhiteSpace(connection.Options) ? SessionOptions : connection.Options + " " + SessionOptions;
        if (string.IsNullOrEmpty(connection.ApplicationName))
        {
            connection.ApplicationName = "gateway";
        }

        // Npgsql's builder cannot tell "Max Auto Prepare=0" (an operator turning it off) from no setting: ask the text.
        if (!SetsMaxAutoPrepare(options.ConnectionString))
        {
            connection.MaxAutoPrepare = AutoPreparedStatements;
        }

        _server = $"{connection.Host}:{connection.Port}, database {connection.Database}";
        _dataSource = NpgsqlDataSource.Create(connection);
    }

    /// <summary>
    /// Npgsql's <c>Max Auto Prepare</c> when the connection string sets none: the statements a message runs again and
    /// again are parsed and planned once per connection, not per message. Measured with bench/Gateway.Bench.Load
    /// (postgres, 2-core machine shared with other work, so noisy): saturation ~100/s without it, 147-176/s with it;
    /// 100/s open loop kept in one of two runs with it (p50 14 ms), in none without.
    /// </summary>
    internal const int AutoPreparedStatements = 128;

    /// <summary>Whether the connection string names <c>Max Auto Prepare</c> itself (any spelling Npgsql accepts).</summary>
    private static bool SetsMaxAutoPrepare(string? connectionString)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString ?? "" }.Keys.Cast<string>();
        return keys.Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), "MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Session settings of every connection: durable commits whatever the server's default.</summary>
    internal const string SessionOptions = "-c synchronous_commit=on";

    internal override int LatestVersion => PostgresMigrations.LatestVersion;

    /// <summary>Closes the pooled connections.</summary>
    public override void Dispose() => _dataSource.Dispose();

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        Statements.Watch(connection);
        return connection;
    }

    // Npgsql sends BEGIN with the transaction's first command: no round trip of its own.
    internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        StatementCount.Sent(connection, statements: 1, commands: 0);
        return await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
    }

    internal override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        StatementCount.Sent(connection, statements: 1, commands: 0);
        return await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }

    private protected override Task<int> ApplyMigrationsAsync(DbConnection connection, long nowMs, CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync((NpgsqlConnection)connection, nowMs, cancellationToken);

    // Never the connection string itself: it may hold the password.
    private protected override string? Unreachable(DbException exception) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => $"Gateway:Storage:ConnectionString: PostgreSQL at {_server} refuses the configured user or password.",
        PostgresException { SqlState: "3D000" } => $"Gateway:Storage:ConnectionString: PostgreSQL at {_server} has no such database: create it (createdb) or name an existing one.",
        PostgresException => null,
        NpgsqlException => $"Gateway:Storage:ConnectionString: no PostgreSQL answers at {_server} ({exception.InnerException?.GetType().Name ?? exception.GetType().Name}): check Host and Port, and that the server runs.",
        _ => null,
    };

    // PostgreSQL keeps its own pages consistent (checksums, WAL); what is left to check is that no reference dangles
    // where the schema has no foreign key to enforce it.
    private protected override async Task CheckPhysicalAsync(DbConnection connection, List<string> problems, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM held_answer h WHERE NOT EXISTS (SELECT 1 FROM message m WHERE m.id = h.answer_message_id)";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) is var dangling and > 0)
        {
            problems.Add($"held_answer: {dangling} row(s) name an answer message that is not stored");
        }
    }
}
