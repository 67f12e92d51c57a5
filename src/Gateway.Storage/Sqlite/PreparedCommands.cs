using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// The prepared commands of one long-lived SQLite connection, keyed by their SQL text. Microsoft.Data.Sqlite prepares a
/// new <see cref="SqliteCommand"/> on every first execution and finalises its statements when it is disposed; a command
/// kept here is prepared once per connection and only rebound after that. A rented command's dispose hands it back
/// (parameters are replaced on the next rent); the commands are disposed with <see cref="Dispose"/>, before the
/// connection closes.
/// </summary>
internal sealed class PreparedCommands : IDisposable
{
    /// <summary>The most texts one connection keeps prepared; texts beyond it get a command of their own, as without a cache.</summary>
    public const int MaxCommands = 256;

    /// <summary>The longest text kept prepared: a batch of one large message's rows (hundreds of prestaties) is rarely repeated.</summary>
    public const int MaxTextLength = 16 * 1024;

    private static readonly ConditionalWeakTable<DbConnection, PreparedCommands> OfConnection = new();

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, KeptCommand> _commands = new(StringComparer.Ordinal);

    private PreparedCommands(SqliteConnection connection) => _connection = connection;

    /// <summary>How many texts are prepared on the connection.</summary>
    public int Count => _commands.Count;

    /// <summary>Keeps prepared commands for <paramref name="connection"/> from now on.</summary>
    public static PreparedCommands Attach(SqliteConnection connection)
    {
        var commands = new PreparedCommands(connection);
        OfConnection.AddOrUpdate(connection, commands);
        return commands;
    }

    /// <summary>The prepared commands kept for <paramref name="connection"/>, or null when it keeps none.</summary>
    public static PreparedCommands? Of(DbConnection connection) => OfConnection.TryGetValue(connection, out var commands) ? commands : null;

    /// <summary>
    /// A command of <paramref name="sql"/> on <paramref name="connection"/>, prepared before when the connection keeps
    /// prepared commands and the text's command is not in use; null when the caller should build a command of its own.
    /// </summary>
    public static DbCommand? Rent(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (sql.Length > MaxTextLength || !OfConnection.TryGetValue(connection, out var commands))
        {
            return null;
        }

        if (!commands._commands.TryGetValue(sql, out var command))
        {
            if (commands._commands.Count >= MaxCommands)
            {
                return null;
            }

            command = new KeptCommand(sql, commands._connection);
            commands._commands.Add(sql, command);
        }
        else if (command.Rented)
        {
            return null;
        }

        command.Rented = true;
        command.Transaction = (SqliteTransaction?)transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Finalises every prepared statement (before the connection closes).</summary>
    public void Dispose()
    {
        OfConnection.Remove(_connection);
        foreach (var command in _commands.Values)
        {
            command.Release();
        }

        _commands.Clear();
    }

    private sealed class KeptCommand : SqliteCommand
    {
        private bool _released;

        public KeptCommand(string sql, SqliteConnection connection)
            : base(sql, connection)
        {
        }

        public bool Rented { get; set; }

        public void Release()
        {
            _released = true;
            Dispose();
        }

        // The caller's dispose hands the command back, its statements still prepared (a reader resets them when it closes).
        protected override void Dispose(bool disposing)
        {
            if (_released || !disposing)
            {
                base.Dispose(disposing);
                return;
            }

            Rented = false;
            Transaction = null;
        }
    }
}
