using System.Buffers.Binary;
using System.Data.Common;
using Gateway.Storage.Relational;
using Npgsql;

namespace Gateway.Storage.Postgres;

/// <summary>
/// PostgreSQL: writers run side by side (READ COMMITTED), so claims lock their rows with <c>FOR UPDATE SKIP LOCKED</c>
/// and the ledger takes a transaction-scoped advisory lock per client.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory-lock class of ledger clients (first key of the two-key form), "GWLC".</summary>
    public const int ClientLockClass = 0x47574C43;

    /// <summary>The advisory-lock class of ceiling-years, "GWCL" (the second key is the hashtext of id and year).</summary>
    public const int CeilingLockClass = 0x4757434C;

    /// <summary>The first key of the session advisory lock on an instance name, "GWIN" (the second is the name's hashtext).</summary>
    public const int InstanceLockClass = 0x4757494E;

    private const string UniqueViolation = "23505";

    public static readonly PostgresDialect Instance = new();

    public override string ClaimLock => " FOR UPDATE OF d SKIP LOCKED";

    public override string UtcDay(string unixMs) => $"to_char(to_timestamp({unixMs} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD')";

    // The session's own last value of the table's identity sequence: writers beside it draw their own.
    public override string LastInsertedId(string table) => $"currval(pg_get_serial_sequence('{table}', 'id'))";

    public override string True => "TRUE";

    public override string False => "FALSE";

    public override bool FailureAbortsTransaction => true;

    // Writers insert beside the compaction (READ COMMITTED): the rows summed are exactly the rows this statement deleted,
    // so a row committed meanwhile is either folded here or left for the next time, never both or neither.
    public override string CompactTallySql =>
        """
        WITH folded AS (DELETE FROM store_tally_delta WHERE id <= @max RETURNING kind, k1, k2, n)
        INSERT INTO store_tally_delta (kind, k1, k2, n) SELECT kind, k1, k2, SUM(n) FROM folded GROUP BY kind, k1, k2
        """;

    public override string JsonArrayValues(string parameter) => $"SELECT json_array_elements_text(CAST({parameter} AS json))";


    public override bool IsUniqueViolation(DbException exception, out string constraint)
    {
        constraint = exception is PostgresException p ? $"{p.ConstraintName} {p.Detail}" : exception.Message;
        return exception is PostgresException { SqlState: UniqueViolation };
    }

    public override async Task LockClientAsync(DbConnection connection, DbTransaction transaction, byte[] clientHash, CancellationToken cancellationToken)
    {
        await using var command = RelationalRows.Command(
            connection,
            transaction,
            "SELECT pg_advisory_xact_lock(@class, @key)",
            ("@class", ClientLockClass),
            ("@key", BinaryPrimitives.ReadInt32BigEndian(clientHash)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task LockCeilingAsync(DbConnection connection, DbTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken)
    {
        await using var command = RelationalRows.Command(
            connection,
            transaction,
            "SELECT pg_advisory_xact_lock(@class, hashtext(@ceiling))",
            ("@class", CeilingLockClass),
            ("@ceiling", ceilingId + "/" + jaar.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A session lock: PostgreSQL drops it when the session ends, also when its process is killed (the socket closes).
    public override async Task<bool> TryLockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_lock(@class, hashtext(@name))";
        command.Parameters.Add(new NpgsqlParameter("class", InstanceLockClass));
        command.Parameters.Add(new NpgsqlParameter("name", name));
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public override async Task UnlockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_advisory_unlock(@class, hashtext(@name))";
        command.Parameters.Add(new NpgsqlParameter("class", InstanceLockClass));
        command.Parameters.Add(new NpgsqlParameter("name", name));
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
