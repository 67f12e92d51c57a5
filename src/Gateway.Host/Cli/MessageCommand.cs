using System.CommandLine;

namespace Gateway.Host.Cli;

/// <summary>`gateway message show|timeline &lt;id&gt;`: one message and its history; BSNs masked, payload only on request (audited).</summary>
internal static class MessageCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("message", "Look at one message (works on the store file).");
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Timeline(context));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var who = OperatorStore.OperatorOption();
        var payload = new Option<bool>("--payload") { Description = "Also decrypt and show the document (BSN masked); recorded as MessageViewed with your name." };
        var id = new Argument<long>("id") { Description = "Message id." };
        var command = new Command("show", "A message, its outcome and deliveries.") { config, who, payload, id };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
        {
            var view = await queries.ShowMessageAsync(OperatorStore.Account(parsed.GetValue(who)), parsed.GetValue(id), parsed.GetValue(payload), ct);
            return QueueCommand.Print(context, view, context.Texts.NoMessage, parsed.GetValue(id));
        }));
        return command;
    }

    private static Command Timeline(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var id = new Argument<long>("id") { Description = "Message id." };
        var command = new Command("timeline", "The events of a message and of the messages tied to it (its answer, its chain).") { config, id };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithQueriesAsync(parsed.GetValue(config), context, async queries =>
        {
            var view = await queries.TimelineAsync(OperatorStore.Account(null), parsed.GetValue(id), ct);
            return QueueCommand.Print(context, view, context.Texts.NoMessage, parsed.GetValue(id));
        }));
        return command;
    }
}
