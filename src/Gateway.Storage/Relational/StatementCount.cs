using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using System.Runtime.CompilerServices;

namespace Gateway.Storage.Relational;

/// <summary>
/// What a store has sent to its database: statements, and commands (each one round trip to a PostgreSQL server, however
/// many statements it carries). A connection the store opened counts into its store's tally; so do the transaction
/// statements (<c>BEGIN</c>, <c>COMMIT</c>, savepoints) of its units of work.
/// </summary>
internal sealed partial class StatementCount
{
    private const int MaxKnownTexts = 1024;

    private static readonly ConditionalWeakTable<DbConnection, Session> Sessions = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> TablesRead = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (int Statements, bool Reads, string[] Tables, int Unknown)> KnownTexts = new(StringComparer.Ordinal);
    private static int _knownTexts;
    private static int _knownEffects;

    private long _statements;
    private long _commands;

    /// <summary>SQL statements run so far.</summary>
    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Commands sent so far (PostgreSQL: round trips).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>Counts what runs on <paramref name="connection"/> into this tally from now on.</summary>
    public void Watch(DbConnection connection) => Sessions.AddOrUpdate(connection, new Session(this));

    /// <summary>
    /// A number that changes whenever a statement on <paramref name="connection"/> may have changed what a read of
    /// <paramref name="tables"/> returns: an insert into or update of one of them, or any statement whose effect is not
    /// known by its first words (a delete may cascade, a rollback undo anything). A read made when this was the same
    /// still holds. Null for a connection no store watches.
    /// </summary>
    public static long? VersionOf(DbConnection connection, IReadOnlyList<string> tables)
    {
        if (!Sessions.TryGetValue(connection, out var session))
        {
            return null;
        }

        var version = session.Writes;
        foreach (var table in tables)
        {
            version += session.TableWrites.GetValueOrDefault(table);
        }

        return version;
    }

    /// <summary>The tables <paramref name="sql"/> reads (every name after FROM or JOIN).</summary>
    public static IReadOnlyList<string> TablesReadBy(string sql)
    {
        // A known text first: ConcurrentDictionary.Count takes every lock of the dictionary, once per read in the writers' turn.
        if (TablesRead.TryGetValue(sql, out var known))
        {
            return known;
        }

        IReadOnlyList<string> tables = [.. ReadTable().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
        if (Volatile.Read(ref _knownTexts) < MaxKnownTexts && TablesRead.TryAdd(sql, tables))
        {
            Interlocked.Increment(ref _knownTexts);
        }

        return tables;
    }

    /// <summary>Counts a command of <paramref name="sql"/> sent on <paramref name="connection"/> (nothing when the connection is not watched).</summary>
    public static void Sent(DbConnection connection, string sql)
    {
        if (Sessions.TryGetValue(connection, out var session))
        {
            // One lookup of what is known of the text (its statements, whether it reads only, what it writes), not a scan per command.
            var (statements, reads, tables, unknown) = EffectsOf(sql);
            session.Tally.Add(statements, commands: 1);
            if (!reads)
            {
                session.Wrote(tables, unknown);
            }
        }
    }

    /// <summary>Counts <paramref name="statements"/> on <paramref name="connection"/> in <paramref name="commands"/> round trips (0: riding in the next one).</summary>
    public static void Sent(DbConnection connection, int statements, int commands)
    {
        if (Sessions.TryGetValue(connection, out var session))
        {
            session.Tally.Add(statements, commands);
            session.Writes++;
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

        /// <summary>Statements of unknown effect (the version of every table).</summary>
        public long Writes { get; set; }

        /// <summary>Inserts into and updates of each table.</summary>
        public Dictionary<string, long> TableWrites { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Wrote(string[] tables, int unknown)
        {
            foreach (var table in tables)
            {
                TableWrites[table] = TableWrites.GetValueOrDefault(table) + 1;
            }

            Writes += unknown;
        }
    }

    /// <summary>
    /// What <paramref name="sql"/> is: its statements, whether it only reads (starts with SELECT), the tables its statements
    /// insert into or update (one entry per statement) and how many statements of unknown effect it holds; parsed once per
    /// known text.
    /// </summary>
    private static (int Statements, bool Reads, string[] Tables, int Unknown) EffectsOf(string sql)
    {
        if (KnownTexts.TryGetValue(sql, out var known))
        {
            return known;
        }

        var tables = new List<string>();
        var unknown = 0;
        var reads = sql.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
        foreach (var statement in reads ? [] : sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (WrittenTable().Match(statement) is { Success: true } written)
            {
                tables.Add(written.Groups[1].Value);
            }
            else if (!KeepsData().IsMatch(statement))
            {
                unknown++;
            }
        }

        var effects = (StatementsIn(sql), reads, tables.ToArray(), unknown);
        if (Volatile.Read(ref _knownEffects) < MaxKnownTexts && KnownTexts.TryAdd(sql, effects))
        {
            Interlocked.Increment(ref _knownEffects);
        }

        return effects;
    }

    [GeneratedRegex(@"^(?:INSERT\s+INTO|UPDATE)\s+(\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenTable();

    [GeneratedRegex(@"^(?:SELECT|SAVEPOINT|RELEASE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeepsData();

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+(\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadTable();
}
