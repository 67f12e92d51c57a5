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

                Print(context.Out, context.Texts, holders, runs);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Print(TextWriter output, TextCatalogue texts, IReadOnlyList<ClusterLeaseView> holders, IReadOnlyList<SweepRunView> runs)
    {
        if (holders.Count == 0 && runs.Count == 0)
        {
            output.WriteLine(texts.ClusterNothing);
            return;
        }

        output.WriteLine(texts.ClusterLeaseHolders);
        output.WriteLine($"{texts.ColumnSweep,-16} {texts.ColumnOwner,-28} {texts.ColumnTaken,-20} {texts.ColumnHeldUntil,-20} {texts.ColumnState}");
        foreach (var lease in holders)
        {
            var state = lease.State == ClusterLeaseView.Held ? texts.LeaseHeld : texts.LeaseExpired;
            output.WriteLine($"{lease.Sweep,-16} {lease.Owner,-28} {TextCatalogue.Instant(lease.TakenAt),-20} {TextCatalogue.Instant(lease.HeldUntil),-20} {state}");
        }

        output.WriteLine();
        output.WriteLine(texts.ClusterRecentRuns);
        output.WriteLine($"{"ID",8} {texts.ColumnSweep,-16} {texts.ColumnOwner,-28} {texts.ColumnStarted,-20} {texts.ColumnEnded,-38} {texts.ColumnOutcome}");
        foreach (var run in runs)
        {
            var ended = run.Ended switch
            {
                SweepRunView.Finished => TextCatalogue.Instant(run.EndedAt!.Value),
                SweepRunView.DeadAtLeaseEnd => $"{texts.RunDeadAtLeaseEnd} {TextCatalogue.Instant(run.EndedAt!.Value)}",
                _ => texts.RunRunning,
            };
            output.WriteLine($"{run.Id,8} {run.Sweep,-16} {run.Owner,-28} {TextCatalogue.Instant(run.StartedAt),-20} {ended,-38} {run.Outcome ?? "-"}");
        }
    }
}
