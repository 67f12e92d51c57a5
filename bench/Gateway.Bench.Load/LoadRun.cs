using Gateway.Bench.Inputs;
using Gateway.Bench.Load.Report;
using Gateway.Bench.Report;
using Gateway.Testing.Postgres;

namespace Gateway.Bench.Load;

/// <summary>The scenarios one after the other, then the table; exit 1 when most messages were refused or rejected.</summary>
internal sealed class LoadRun(LoadOptions options, TextWriter log)
{
    public async Task<int> ExecuteAsync(IReadOnlyList<string> args)
    {
        var repo = RepositoryLayout.Find(options.Repo);
        var gateway = options.Gateway ?? DefaultGateway(repo);
        if (!File.Exists(gateway))
        {
            throw new InvalidOperationException($"No gateway at {gateway}: build it (dotnet build -c Release src/Gateway.Host) or pass --gateway PATH.");
        }

        var loadBefore = Machine.CurrentLoad();
        Task<PostgresServer>? server = null;
        var run = new ScenarioRun(options, repo, gateway, () => server ??= PostgresServer.StartDurableAsync(), log);
        var rows = new List<ResultRow>();
        foreach (var scenario in options.Scenarios)
        {
            rows.AddRange(await run.RunAsync(scenario));
        }

        var report = LoadReport.Render(rows, Machine.Describe("–"), loadBefore, Machine.CurrentLoad(), "dotnet run -c Release --project bench/Gateway.Bench.Load -- " + string.Join(' ', args));
        Console.WriteLine(report);
        if (options.Markdown is { } file)
        {
            File.WriteAllText(file, report);
        }

        // A benchmark of refusals measures nothing: say so loudly and fail.
        var refused = rows.Where(r => !double.IsNaN(r.Accepted) && r.Acknowledged > 0 && (r.Refused + r.Rejected) * 2 > r.Sent).ToList();
        foreach (var r in refused)
        {
            log.WriteLine($"MOST MESSAGES REFUSED in {r.Scenario}, {r.Phase}: {r.Refused:N0} refused by the client's count, {r.Rejected:N0} rejected by the gateway, {r.Accepted:N0} accepted — the figures measure refusals. {r.Notes}");
        }

        return refused.Count == 0 ? 0 : 1;
    }

    /// <summary>The Release build of src/Gateway.Host, built with this bench (its project reference).</summary>
    private static string DefaultGateway(RepositoryLayout repo) =>
        Path.Combine(repo.Root, "src", "Gateway.Host", "bin", "Release", "net10.0", "gateway.dll");
}
