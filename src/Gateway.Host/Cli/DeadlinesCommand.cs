using System.CommandLine;
using Gateway.Host.Operators;
using Gateway.Routing.Obligations;

namespace Gateway.Host.Cli;

/// <summary>`gateway deadlines [--all] [--json] --config FILE`: the open response-time obligations, nearest due date first; no BSN.</summary>
internal static class DeadlinesCommand
{
    public static Command Create(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var all = new Option<bool>("--all") { Description = "Also the fulfilled obligations (closed in time, or late: a late 305/307 shows here)." };
        var json = new Option<bool>("--json") { Description = "JSON instead of a table." };
        var command = new Command("deadlines", "The response times the region and its providers owe (istandaarden §5.4): open obligations, nearest due date first.") { config, all, json };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithServicesAsync(parsed.GetValue(config), context, async services =>
        {
            var rows = (await services.GetRequiredService<Deadlines>().ListAsync(includeClosed: parsed.GetValue(all), cancellationToken: ct)).Select(DeadlineView.Of).ToList();
            if (parsed.GetValue(json))
            {
                OperatorStore.Write(context, rows);
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"{"ID",6} {"DUE",-10} {"STATE",-11} {"LEFT",5} {"KIND",-25} {"OWED BY",-8} {"GEMEENTE",-8} {"AANBIEDER",-9} {"MESSAGE",8}");
            foreach (var row in rows)
            {
                context.Out.WriteLine($"{row.Id,6} {row.Due:yyyy-MM-dd} {row.State,-11} {row.WorkingDaysLeft,5} {row.Kind,-25} {row.Owner,-8} {row.Gemeentecode,-8} {row.Aanbieder,-9} {row.OpenedBy,8}");
            }

            var open = rows.Count(r => r.State is "open" or "approaching" or "overdue");
            context.Out.WriteLine($"{open} open obligation(s), {rows.Count(r => r.State == "overdue")} overdue, {rows.Count(r => r.State == "approaching")} approaching (LEFT: working days to the due date).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
