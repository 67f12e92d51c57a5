using System.CommandLine;
using Gateway.Host.Cli.Texts;
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

            var texts = context.Texts;
            context.Out.WriteLine($"{"ID",6} {texts.ColumnDue,-10} {texts.ColumnState,-11} {texts.ColumnLeft,5} {texts.ColumnKind,-25} {texts.ColumnOwedBy,-9} {texts.ColumnGemeente,-8} {texts.ColumnAanbieder,-9} {texts.ColumnMessage,8}");
            foreach (var row in rows)
            {
                context.Out.WriteLine($"{row.Id,6} {TextCatalogue.Date(row.Due)} {StateText(texts, row.State),-11} {row.WorkingDaysLeft,5} {row.Kind,-25} {OwnerText(texts, row.Owner),-9} {row.Gemeentecode,-8} {row.Aanbieder,-9} {row.OpenedBy,8}");
            }

            var open = rows.Count(r => r.State is "open" or "approaching" or "overdue");
            context.Out.WriteLine(TextCatalogue.Say(texts.DeadlinesCount, open, rows.Count(r => r.State == "overdue"), rows.Count(r => r.State == "approaching")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The state as the table's language says it (JSON keeps the English word of <see cref="DeadlineView"/>).</summary>
    private static string StateText(TextCatalogue texts, string state) => state switch
    {
        "approaching" => texts.DeadlineApproaching,
        "overdue" => texts.DeadlineOverdue,
        "closed" => texts.DeadlineClosed,
        "late" => texts.DeadlineLate,
        _ => texts.DeadlineOpen,
    };

    private static string OwnerText(TextCatalogue texts, string owner) => owner == "region" ? texts.OwedByRegion : texts.OwedByProvider;
}
