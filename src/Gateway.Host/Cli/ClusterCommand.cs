using System.CommandLine;
using Gateway.Host.Cli.Texts;
using Gateway.Routing.Cluster;
using Gateway.Storage.Cluster;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway cluster sweeps [--config FILE] [--limit N] [--json]`: which instance holds each leased sweep now, and the recent
/// runs of the sweeps (who ran them, when, how they ended), from the store the instances share. On SQLite one process
/// serves the store: there are no leases and no history.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cluster", "Several gateway instances on one PostgreSQL store: who runs which sweep.");
        command.Subcommands.Add(Sweeps(context));
        return command;
    }

    private static Command Sweeps(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var limit = new Option<int>("--limit") { Description = "At most this many runs, newest first (1 to 1000).", HelpName = "N", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "JSON instead of tables." };
        var command = new Command("sweeps", "The current holders of the sweeps' leases and the recent sweep runs (kept one day), newest first.") { config, limit, json };
        command.SetAction(async (parsed, ct) =>
        {
            var rows = parsed.GetValue(limit);
            if (rows is < 1 or > 1000)
            {
                throw new UsageException(TextCatalogue.Say(context.Texts.OutOfRange, "--limit", rows, 1, 1000));
            }

            return await OperatorStore.WithStoreAsync(parsed.GetValue(config), context, async (store, _, _) =>
            {
                var leases = new RelationalClusterLeases(store);
                var now = context.Time.GetUtcNow();
                var holders = (await leases.ListLeasesAsync(ct)).Select(l => ClusterLeaseView.Of(l, now)).ToList();
                var runs = (await leases.ListRunsAsync(cancellationToken: ct)).Reverse().Take(rows).Select(r => SweepRunView.Of(r, now)).ToList();
                if (parsed.GetValue(json))
                {
                    OperatorStore.Write(context, new { leases = holders, runs });
                    return ExitCodes.Ok;
                }

                Print(context.Out, holders, runs);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Print(TextWriter output, IReadOnlyList<ClusterLeaseView> holders, IReadOnlyList<SweepRunView> runs)
    {
        if (holders.Count == 0 && runs.Count == 0)
        {
            output.WriteLine("No leased sweeps recorded: no instance on PostgreSQL ran one yet (on SQLite one process serves the store and keeps none).");
            return;
        }

        output.WriteLine("Lease holders:");
        output.WriteLine($"{"SWEEP",-16} {"OWNER",-28} {"TAKEN",-20} {"HELD UNTIL",-20} STATE");
        foreach (var lease in holders)
        {
            output.WriteLine($"{lease.Sweep,-16} {lease.Owner,-28} {TextCatalogue.Instant(lease.TakenAt),-20} {TextCatalogue.Instant(lease.HeldUntil),-20} {lease.State}");
        }

        output.WriteLine();
        output.WriteLine("Recent runs (newest first):");
        output.WriteLine($"{"ID",8} {"SWEEP",-16} {"OWNER",-28} {"STARTED",-20} {"ENDED",-38} OUTCOME");
        foreach (var run in runs)
        {
            var ended = run.Ended == SweepRunView.Finished ? TextCatalogue.Instant(run.EndedAt!.Value) : run.Ended == SweepRunView.DeadAtLeaseEnd ? $"{SweepRunView.DeadAtLeaseEnd} {TextCatalogue.Instant(run.EndedAt!.Value)}" : run.Ended;
            output.WriteLine($"{run.Id,8} {run.Sweep,-16} {run.Owner,-28} {TextCatalogue.Instant(run.StartedAt),-20} {ended,-38} {run.Outcome ?? "-"}");
        }
    }
}
