using System.CommandLine;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Operators;

namespace Gateway.Host.Cli;

/// <summary>`gateway queue list|show|replay|purge`: the delivery queue, straight from the store file; BSNs never shown.</summary>
internal static class QueueCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("queue", "Inspect and repair the delivery queue (works on the store file; the gateway may be running).");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Replay(context));
        command.Subcommands.Add(Purge(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var state = new Option<string?>("--state") { Description = "Pending, Sending, Delivered, DeadLettered or RefusedByHub.", HelpName = "STATE" };
        var destination = new Option<string?>("--destination") { Description = "hub or backoffice:<gemeentecode>.", HelpName = "DEST" };
        var limit = new Option<int>("--limit") { Description = $"At most this many rows (1 to {OperatorApi.MaxLimit}; more shows {OperatorApi.MaxLimit}).", HelpName = "N", DefaultValueFactory = _ => 50 };
        var afterId = new Option<long>("--after") { Description = "Only deliveries with a higher id (paging).", HelpName = "ID" };
        var json = new Option<bool>("--json") { Description = "JSON instead of a table." };
        var command = new Command("list", "List deliveries, oldest first.") { config, state, destination, limit, afterId, json };
        command.SetAction(async (parsed, ct) =>
        {
            var texts = context.Texts;
            var rowLimit = parsed.GetValue(limit);
            if (rowLimit < 1)
            {
                throw new UsageException(TextCatalogue.Say(texts.OutOfRange, "--limit", rowLimit, 1, OperatorApi.MaxLimit));
            }

            if (rowLimit > OperatorApi.MaxLimit)
            {
                context.Error.WriteLine("gateway: " + TextCatalogue.Say(texts.LimitClamped, "--limit", rowLimit, OperatorApi.MaxLimit));
                rowLimit = OperatorApi.MaxLimit;
            }

            if (!OperatorApi.TryParseQuery(parsed.GetValue(state), parsed.GetValue(destination), parsed.GetValue(afterId), rowLimit, out var query, out var problem))
            {
                throw new UsageException(problem);
            }

            return await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
            {
                var rows = await queries.ListQueueAsync(OperatorStore.Account(null), query, ct);
                if (parsed.GetValue(json))
                {
                    OperatorStore.Write(context, rows);
                    return ExitCodes.Ok;
                }

                context.Out.WriteLine($"{"ID",8} {texts.ColumnMessage,8} {texts.ColumnDestination,-16} {texts.ColumnState,-12} {texts.ColumnAttempts,8}  {texts.ColumnNextAttempt}");
                foreach (var row in rows)
                {
                    context.Out.WriteLine($"{row.Id,8} {row.MessageId,8} {row.Destination,-16} {row.State,-12} {row.Attempts,8}  {TextCatalogue.Instant(row.NextAttemptAt)} {row.LastError}");
                }

                context.Out.WriteLine(TextCatalogue.Say(texts.DeliveriesCount, rows.Count));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var id = new Argument<long>("id") { Description = "Delivery id." };
        var command = new Command("show", "A delivery with its message and attempt history.") { config, id };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
        {
            var view = await queries.ShowDeliveryAsync(OperatorStore.Account(null), parsed.GetValue(id), ct);
            return Print(context, view, context.Texts.NoDelivery, parsed.GetValue(id));
        }));
        return command;
    }

    private static Command Replay(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var who = OperatorStore.OperatorOption();
        var id = new Argument<long>("id") { Description = "Id of a dead-lettered delivery." };
        var command = new Command("replay", "Put a dead-lettered delivery back in the queue (same message, same identity).") { config, who, id };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
        {
            var result = await queries.ReplayAsync(OperatorStore.Account(parsed.GetValue(who)), parsed.GetValue(id), ct);
            return Print(context, result, context.Texts.NoDelivery, parsed.GetValue(id)) == ExitCodes.Ok && result!.Affected == 1 ? ExitCodes.Ok : ExitCodes.Failed;
        }));
        return command;
    }

    private static Command Purge(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var who = OperatorStore.OperatorOption();
        var id = new Argument<long?>("id") { Description = "Id of a dead-lettered delivery.", Arity = ArgumentArity.ZeroOrOne };
        var olderThan = new Option<string?>("--dead-older-than") { Description = "Purge every dead letter parked longer ago than this (7d, 12h, 30m).", HelpName = "AGE" };
        var command = new Command("purge", "Delete dead-lettered deliveries (the message and its history stay).") { config, who, id, olderThan };
        command.SetAction(async (parsed, ct) =>
        {
            var deliveryId = parsed.GetValue(id);
            var age = parsed.GetValue(olderThan);
            if (deliveryId is null == (age is null))
            {
                throw new UsageException(context.Texts.IdOrAge);
            }

            var parsedAge = TimeSpan.Zero;
            if (age is not null && !OperatorApi.TryParseAge(age, out parsedAge))
            {
                throw new UsageException(TextCatalogue.Say(context.Texts.NotAnAge, age));
            }

            return await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
            {
                var account = OperatorStore.Account(parsed.GetValue(who));
                var result = deliveryId is { } one
                    ? await queries.PurgeAsync(account, one, ct)
                    : await queries.PurgeDeadLettersAsync(account, context.Time.GetUtcNow() - parsedAge, ct);
                return Print(context, result, context.Texts.NoDelivery, deliveryId ?? 0);
            });
        });
        return command;
    }

    /// <summary>The view as JSON, or "no delivery 12" (<paramref name="missing"/>) on stderr and exit 1.</summary>
    internal static int Print<T>(CliContext context, T? view, string missing, long id)
        where T : class
    {
        if (view is null)
        {
            context.Error.WriteLine("gateway: " + TextCatalogue.Say(missing, id));
            return ExitCodes.Failed;
        }

        OperatorStore.Write(context, view);
        return ExitCodes.Ok;
    }
}
