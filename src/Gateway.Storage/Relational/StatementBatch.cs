using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// Writes whose results nobody waits for, gathered into one command (one round trip to PostgreSQL, one prepared text
/// on SQLite): each statement's parameters are renamed apart (<c>@m</c> of the third statement is <c>@m_2</c>), so the
/// same statement may come many times. A statement may name the row an earlier one inserted through
/// <see cref="SqlDialect.LastInsertedId"/>.
/// </summary>
internal sealed partial class StatementBatch
{
    private readonly StringBuilder _sql = new();
    private readonly List<(string, object?)> _parameters = [];

    /// <summary>How many statements the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="sql"/> (one statement) with its <paramref name="parameters"/>.</summary>
    public void Add(string sql, params (string Name, object? Value)[] parameters)
    {
        var suffix = "_" + Number(Count++);
        _sql.Append(Parameter().Replace(sql, m => m.Value + suffix)).Append(";\n");
        foreach (var (name, value) in parameters)
        {
            _parameters.Add((name + suffix, value));
        }
    }

    /// <summary>Runs the statements in one command, in the order they were added, and empties the batch.</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        await using (var command = Command(connection, transaction, _sql.ToString(), [.. _parameters]))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _sql.Clear();
        _parameters.Clear();
        Count = 0;
    }

    [GeneratedRegex(@"@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
