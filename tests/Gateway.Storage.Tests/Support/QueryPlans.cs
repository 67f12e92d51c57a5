using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Support;

/// <summary>Reads SQLite's query plans, to check statements search by index instead of reading whole tables.</summary>
internal static class QueryPlans
{
    /// <summary>The steps of <c>EXPLAIN QUERY PLAN</c> for <paramref name="sql"/> (unbound parameters are null).</summary>
    public static async Task<List<string>> PlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>
    /// A step that reads a whole table of traffic: "SCAN name" without an index, where name is neither a subquery,
    /// co-routine or materialised view of the same plan (its rows come from steps checked on their own) nor one of
    /// <paramref name="boundedTables"/> (bounded by configuration, not traffic).
    /// </summary>
    public static bool ScansATable(string step, List<string> plan, params string[] boundedTables)
    {
        if (!step.StartsWith("SCAN ", StringComparison.Ordinal) || step.Contains(" USING ", StringComparison.Ordinal))
        {
            return false;
        }

        var target = step["SCAN ".Length..].Split(' ')[0];
        var named = plan.Where(s => s.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || s.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(s => s.Split(' ')[1]);
        return !target.StartsWith("(subquery-", StringComparison.Ordinal) && !named.Contains(target) && !boundedTables.Contains(target);
    }
}
