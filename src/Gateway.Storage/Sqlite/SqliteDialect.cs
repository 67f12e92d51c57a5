using System.Data.Common;
using Gateway.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>SQLite: one writer at a time (<c>BEGIN IMMEDIATE</c>), so claims and ledger work need no row locks.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraint = 19;

    public static readonly SqliteDialect Instance = new();

    public override string ClaimLock => "";

    public override string UtcDay(string unixMs) => $"date({unixMs} / 1000, 'unixepoch')";

    // AUTOINCREMENT and one writer at a time: the row just inserted has the highest id (last_insert_rowid() would move
    // with the next insert into any table of the same command).
    public override string LastInsertedId(string table) => $"(SELECT MAX(id) FROM {table})";

    public override bool OneStatementPerCommand => true;

    public override string True => "1";

    public override string False => "0";

    public override bool FailureAbortsTransaction => false;

    // One writer at a time: the rows up to @max cannot change between the two statements.
    public override string CompactTallySql =>
        """
        INSERT INTO store_tally_delta (kind, k1, k2, n) SELECT kind, k1, k2, SUM(n) FROM store_tally_delta WHERE id <= @max GROUP BY kind, k1, k2;
        DELETE FROM store_tally_delta WHERE id <= @max;
        """;

    public override string JsonArrayValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override bool IsUniqueViolation(DbException exception, out string constraint)
    {
        constraint = exception.Message;
        return exception is SqliteException { SqliteErrorCode: SqliteConstraint } && exception.Message.Contains("UNIQUE", StringComparison.Ordinal);
    }

    public override Task LockClientAsync(DbConnection connection, DbTransaction transaction, byte[] clientHash, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task LockCeilingAsync(DbConnection connection, DbTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task<bool> TryLockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken) => Task.FromResult(true);

    public override Task UnlockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken) => Task.CompletedTask;
}
