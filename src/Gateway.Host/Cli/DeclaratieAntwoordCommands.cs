using System.CommandLine;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Operators;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Reference;
using Gateway.Storage.Figures;
using Gateway.Storage.Ledger;
using Gateway.Storage.Obligations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Cli;

/// <summary>`gateway ceilings` and `gateway answers held|release`: ceiling usage and held 325s, straight from the store file; no BSN.</summary>
internal static class DeclaratieAntwoordCommands
{
    public static Command Ceilings(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var json = new Option<bool>("--json") { Description = "JSON instead of a table." };
        var command = new Command("ceilings", "Ceiling usage per ceiling and year (needs Gateway:Contracts:ContractsFile).") { config, json };
        command.SetAction(async (parsed, ct) => await WithQueriesAsync(parsed.GetValue(config), context, async (queries, _) =>
        {
            var rows = await queries.CeilingsAsync(OperatorStore.Account(null), ct);
            if (parsed.GetValue(json))
            {
                OperatorStore.Write(context, rows);
                return ExitCodes.Ok;
            }

            var texts = context.Texts;
            context.Out.WriteLine($"{texts.ColumnCeiling,-24} {texts.ColumnYear,4} {texts.ColumnAmount,16} {texts.ColumnUsed,16} {"%",5} {texts.ColumnPolicy,-6}  {texts.ColumnThresholdsReached}");
            foreach (var row in rows)
            {
                context.Out.WriteLine($"{row.Id,-24} {row.Jaar,4} {texts.Amount(row.Bedrag),16} {texts.Amount(row.Used),16} {row.Percent,5} {row.Beleid,-6}  {string.Join(", ", row.DrempelsBereikt.Select(d => d + " %"))}");
            }

            context.Out.WriteLine(TextCatalogue.Say(texts.CeilingsCount, rows.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Answers(CliContext context)
    {
        var command = new Command("answers", "325s held for a back-office decision.");
        command.Subcommands.Add(Held(context));
        command.Subcommands.Add(Release(context));
        return command;
    }

    private static Command Held(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var json = new Option<bool>("--json") { Description = "JSON instead of a table." };
        var command = new Command("held", "Held 325s, nearest deadline first.") { config, json };
        command.SetAction(async (parsed, ct) => await WithQueriesAsync(parsed.GetValue(config), context, async (queries, names) =>
        {
            var rows = await queries.HeldAsync(OperatorStore.Account(null), ct);
            if (parsed.GetValue(json))
            {
                OperatorStore.Write(context, rows);
                return ExitCodes.Ok;
            }

            var texts = context.Texts;
            context.Out.WriteLine($"{texts.ColumnMessage,8} {texts.ColumnGemeente,-20} {texts.ColumnAanbieder,-20} {texts.ColumnDeclaratie,-12} {texts.ColumnIngediend,14} {texts.ColumnToegekend,14} {texts.ColumnDeadline,-14} {texts.ColumnLeft,4}  {texts.ColumnReasons}");
            foreach (var row in rows)
            {
                context.Out.WriteLine($"{row.MessageId,8} {names.Gemeente(row.Gemeente),-20} {names.Aanbieder(row.Aanbieder),-20} {row.DeclaratieNummer,-12} {texts.Amount(row.Ingediend),14} {texts.Amount(row.Toegekend),14} {TextCatalogue.Date(row.Deadline),-14} {row.WorkingDaysLeft,4}  {string.Join("; ", row.Reasons)}");
            }

            context.Out.WriteLine(TextCatalogue.Say(texts.HeldCount, rows.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Release(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var who = OperatorStore.OperatorOption();
        var id = new Argument<long>("id") { Description = "Message id of the held 325." };
        var command = new Command("release", "Send a held 325 as built; its prestaties are granted (ledger and ceilings).") { config, who, id };
        command.SetAction(async (parsed, ct) => await WithQueriesAsync(parsed.GetValue(config), context, async (queries, _) =>
        {
            var decision = await queries.ReleaseAsync(OperatorStore.Account(parsed.GetValue(who)), parsed.GetValue(id), ct);
            (decision.Kind == HeldAnswerDecisionKind.Done ? context.Out : context.Error).WriteLine(decision.Message);
            return decision.Kind == HeldAnswerDecisionKind.Done ? ExitCodes.Ok : ExitCodes.Failed;
        }));
        return command;
    }

    /// <summary>The queries over the store file and the configured contract register (the same files the gateway uses), and the region's names.</summary>
    private static Task<int> WithQueriesAsync(string? config, CliContext context, Func<DeclaratieAntwoordQueries, CodeNames, Task<int>> action) =>
        OperatorStore.WithStoreAsync(config, context, (store, gateway, paths) =>
        {
            var file = gateway[nameof(GatewayRoutingOptions.Contracts) + ":" + nameof(ContractsOptions.ContractsFile)] is { Length: > 0 } f ? paths.Resolve(f) : null;
            var contracts = file is null ? NoContracts.Source(context.Time) : new ReloadingSource<ContractRegister>(
                "contract register " + file, () => [file], () => ContractRegister.Load(file), context.Time, TimeSpan.Zero, NullLogger.Instance);
            var answers = new RelationalDeclaratieAntwoorden(store);
            var ceilings = new CeilingGrants(answers, contracts, NullLogger<CeilingGrants>.Instance);
            var held = new HeldAnswers(store, answers, ceilings, new RelationalFigureRecorder(), new RelationalObligations(store), context.Time, NullLogger<HeldAnswers>.Instance);
            return action(new DeclaratieAntwoordQueries(held, ceilings, answers), CodeNames.FromRegion(gateway));
        });
}
