using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Gateway.Storage.Relational;

/// <summary>
/// What a store has sent to its database: statements, and commands (each one round trip to a PostgreSQL server, however
/// many statements it carries). A connection the store opened counts into its store's tally; so do the transaction
/// statements (<c>BEGIN</c>, <c>COMMIT</c>, savepoints) of its units of work.
/// </summary>
internal sealed class StatementCount
{
    private static readonly ConditionalWeakTable<DbConnection, Session> Sessions = new();

    private long _statements;
    private long _commands;

    /// <summary>SQL statements run so far.</summary>
    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Commands sent so far (PostgreSQL: round trips).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>Counts what runs on <paramref name="connection"/> into this tally from now on.</summary>
    public void Watch(DbConnection connection) => Sessions.AddOrUpdate(connection, new Session(this));

    /// <summary>
    /// How many commands that may write (anything but a <c>SELECT</c>, and every transaction statement) have run on
    /// <paramref name="connection"/>; a read made when this was the same still holds. Null for a connection no store watches.
    /// </summary>
    public static long? WritesOn(DbConnection connection) => Sessions.TryGetValue(connection, out var session) ? session.Writes : null;

    /// <summary>Counts a command of <paramref name="sql"/> sent on <paramref name="connection"/> (nothing when the connection is not watched).</summary>
    public static void Sent(DbConnection connection, string sql)
    {
        if (Sessions.TryGetValue(connection, out var session))
        {
            session.Tally.Add(StatementsIn(sql), commands: 1);
            if (!sql.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                session.Writes++;
            }

            if (Environment.GetEnvironmentVariable("STMTS_TRACE") is { } trace) { File.AppendAllText(trace, "CMD " + sql.ReplaceLineEndings(" ")[..Math.Min(220, sql.ReplaceLineEndings(" ").Length)] + "\n"); }
        }
    }

    /// <summary>Counts <paramref name="statements"/> on <paramref name="connection"/> in <paramref name="commands"/> round trips (0: riding in the next one).</summary>
    public static void Sent(DbConnection connection, int statements, int commands)
    {
        if (Sessions.TryGetValue(connection, out var session))
        {
            session.Tally.Add(statements, commands);
            session.Writes++;
            if (Environment.GetEnvironmentVariable("STMTS_TRACE") is { } trace) { File.AppendAllText(trace, $"TX {statements} {commands}\n"); }
        }
    }

    /// <summary>The statements of <paramref name="sql"/>: its non-empty pieces between semicolons (our SQL has no semicolon in a literal).</summary>
    public static int StatementsIn(string sql)
    {
        var statements = 0;
        var content = false;
        foreach (var c in sql)
        {
            if (c == ';')
            {
                statements += content ? 1 : 0;
                content = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                content = true;
            }
        }

        return statements + (content ? 1 : 0);
    }

    private void Add(int statements, int commands)
    {
        Interlocked.Add(ref _statements, statements);
        Interlocked.Add(ref _commands, commands);
    }

    /// <summary>One watched connection: the tally it counts into, and its writes (a connection runs one command at a time).</summary>
    private sealed class Session(StatementCount tally)
    {
        public StatementCount Tally { get; } = tally;

        public long Writes { get; set; }
    }
}
