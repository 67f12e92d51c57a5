using System.Text.Json;
using Gateway.Routing.Store;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>The conditions of one read, with their parameters; every condition is a fixed text, every value a parameter.</summary>
internal sealed class SqlWhere
{
    private readonly SqlDialect _dialect;
    private readonly List<string> _conditions;
    private readonly List<(string Name, object? Value)> _parameters;

    public SqlWhere(SqlDialect dialect)
        : this(dialect, [], [])
    {
    }

    private SqlWhere(SqlDialect dialect, List<string> conditions, List<(string, object?)> parameters) => (_dialect, _conditions, _parameters) = (dialect, conditions, parameters);

    /// <summary>Only messages (alias <c>m</c>) of the scope's gemeenten.</summary>
    public void Scope(GemeenteScope scope)
    {
        if (scope.Gemeenten is { } gemeenten)
        {
            Add($"m.gemeentecode IN ({_dialect.JsonArrayValues("@scope")})", ("@scope", JsonSerializer.Serialize(gemeenten.Order(StringComparer.Ordinal))));
        }
    }

    public void Add(string condition, params (string Name, object? Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
    }

    /// <summary>Adds the hashes as parameters and returns their names for an <c>IN (…)</c> list.</summary>
    public string Hashes(IReadOnlyList<byte[]> hashes)
    {
        var names = new List<string>(hashes.Count);
        foreach (var hash in hashes)
        {
            var name = "@h" + Number(_parameters.Count);
            _parameters.Add((name, hash));
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    /// <summary>A copy with one more condition.</summary>
    public SqlWhere With(string condition, params (string Name, object? Value)[] parameters)
    {
        var copy = new SqlWhere(_dialect, [.. _conditions], [.. _parameters]);
        copy.Add(condition, parameters);
        return copy;
    }

    public DbCommand Command(DbConnection connection, string select, string tail = "", params (string Name, object? Value)[] extra)
    {
        var where = _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);
        return RelationalRows.Command(connection, null, select + where + " " + tail, [.. _parameters, .. extra]);
    }

    public async Task<long> CountAsync(DbConnection connection, string select, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, select);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
