using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// Writes whose results nobody waits for, sent together. Where a command is a round trip (PostgreSQL) they go in one
/// command, each statement's parameters renamed apart (<c>@m</c> of the third statement is <c>@m_2</c>), so the same
/// statement may come many times. Where it is not (<see cref="SqlDialect.OneStatementPerCommand"/>: SQLite) each
/// statement runs as a command of its own with only its own parameters: the text stays the same from message to message
/// (prepared once per connection), and no parameter is looked up in a statement that does not name it. A statement may
/// name the row an earlier one inserted through <see cref="SqlDialect.LastInsertedId"/>.
/// </summary>
internal sealed partial class StatementBatch(SqlDialect dialect)
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _statements = [];

    /// <summary>How many statements the batch holds.</summary>
    public int Count => _statements.Count;

    /// <summary>Adds <paramref name="sql"/> (one statement) with its <paramref name="parameters"/>.</summary>
    public void Add(string sql, params (string Name, object? Value)[] parameters) => _statements.Add((sql, parameters));

    /// <summary>Runs the statements in the order they were added, and empties the batch.</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        if (dialect.OneStatementPerCommand)
        {
            foreach (var (sql, parameters) in _statements)
            {
                await using var command = Command(connection, transaction, sql, parameters);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        else
        {
            var text = new StringBuilder();
            var all = new List<(string, object?)>();
            for (var i = 0; i < _statements.Count; i++)
            {
                var suffix = "_" + Number(i);
                text.Append(Parameter().Replace(_statements[i].Sql, m => m.Value + suffix)).Append(";\n");
                foreach (var (name, value) in _statements[i].Parameters)
                {
                    all.Add((name + suffix, value));
                }
            }

            await using var command = Command(connection, transaction, text.ToString(), [.. all]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _statements.Clear();
    }

    [GeneratedRegex(@"@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
