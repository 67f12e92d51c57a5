using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>The few places where the shared SQL of <see cref="RelationalMessageStore"/> differs between databases.</summary>
internal abstract class SqlDialect
{
    /// <summary>Appended to a claim's <c>SELECT … FROM delivery d</c>: locks the rows it returns, passing rows another instance holds.</summary>
    public abstract string ClaimLock { get; }

    /// <summary>A query of the text values of the JSON array in <paramref name="parameter"/>, for <c>column IN (…)</c>.</summary>
    public abstract string JsonArrayValues(string parameter);

    /// <summary>
    /// An expression of the id the last insert into <paramref name="table"/> gave its row (identity column <c>id</c>), for
    /// the statements that follow it in the same command: a message's own rows ride in the round trip of its insert.
    /// </summary>
    public abstract string LastInsertedId(string table);

    /// <summary>
    /// Whether statements that could share a command run as commands of their own (SQLite): there a command is no round
    /// trip, and Microsoft.Data.Sqlite looks every parameter of a command up by name in every statement of it, so a command
    /// of many statements costs statements × parameters lookups; alone, each statement also keeps one prepared text.
    /// </summary>
    public virtual bool OneStatementPerCommand => false;

    /// <summary>The literal of true in a comparison with a flag column (SQLite: <c>1</c>, so a partial index on <c>flag = 1</c> is used).</summary>
    public abstract string True { get; }

    /// <summary>The literal of false in a comparison with a flag column.</summary>
    public abstract string False { get; }

    /// <summary>The UTC day (<c>yyyy-MM-dd</c> text) of the unix-milliseconds expression <paramref name="unixMs"/>.</summary>
    public abstract string UtcDay(string unixMs);

    /// <summary>
    /// Whether a failed statement spoils the rest of its transaction (PostgreSQL), so a statement that may fail on purpose
    /// (an insert meeting a unique key) runs inside a savepoint to keep the unit of work usable.
    /// </summary>
    public abstract bool FailureAbortsTransaction { get; }

    /// <summary>
    /// Whether <paramref name="exception"/> is a unique-constraint violation; <paramref name="constraint"/> then holds the
    /// database's text naming the constraint or its columns.
    /// </summary>
    public abstract bool IsUniqueViolation(DbException exception, out string constraint);

    /// <summary>
    /// Folds the tally's delta rows with <c>id &lt;= @max</c> into one row per label set, counting every folded row exactly
    /// once however writers run beside it (<see cref="RelationalMessageStore.CompactTallyAsync"/>).
    /// </summary>
    public abstract string CompactTallySql { get; }

    /// <summary>
    /// Serialises work on one client's ledger across transactions until <paramref name="transaction"/> ends (SQLite: writers
    /// are serialised already, nothing to do).
    /// </summary>
    public abstract Task LockClientAsync(DbConnection connection, DbTransaction transaction, byte[] clientHash, CancellationToken cancellationToken);

    /// <summary>
    /// Serialises the grants on one ceiling-year across transactions until <paramref name="transaction"/> ends, so a
    /// unit reads the usage only after every earlier grant on it committed (SQLite: writers are serialised already).
    /// </summary>
    public abstract Task LockCeilingAsync(DbConnection connection, DbTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a lock on <paramref name="name"/> for as long as <paramref name="connection"/> stays open, without waiting; false
    /// when another session holds it (SQLite: the file's instance lock admits one process already, so always true).
    /// </summary>
    public abstract Task<bool> TryLockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken);

    /// <summary>Gives up a lock of <see cref="TryLockSessionAsync"/> before the connection goes back to a pool.</summary>
    public abstract Task UnlockSessionAsync(DbConnection connection, string name, CancellationToken cancellationToken);
}
