using System.CommandLine;
using Gateway.Host.Demo;

namespace Gateway.Host.Cli;

/// <summary>`gateway demo [--seconds N | --minutes N | --rounds N] [--dir DIR] [--port P] [--exit]`.</summary>
internal static class DemoCommand
{
    public const int DefaultSeconds = 60;
    public const int DefaultPort = 5080;

    public static Command Create(CliContext context)
    {
        var seconds = new Option<int?>("--seconds") { Description = $"How long the traffic runs (default {DefaultSeconds}).", HelpName = "N" };
        var minutes = new Option<double?>("--minutes") { Description = "How long the traffic runs, in minutes.", HelpName = "N" };
        var dir = new Option<string?>("--dir") { Description = "Folder for the store, logs and back-office directories (default: a new temporary folder).", HelpName = "DIR" };
        var port = new Option<int>("--port") { Description = $"Port of the gateway on 127.0.0.1 (default {DefaultPort}; 0 = any free port).", DefaultValueFactory = _ => DefaultPort };
        var exit = new Option<bool>("--exit") { Description = "Stop after the summary instead of serving the operator API until Ctrl+C." };
        var clients = new Option<int>("--clients") { Description = "Clients in the sample region.", DefaultValueFactory = _ => 300 };
        var rounds = new Option<int?>("--rounds") { Description = "Rounds of traffic instead of a duration: the same traffic however fast the machine is.", HelpName = "N" };
        var command = new Command("demo", "Run the gateway, the hub simulator and a sample region in one process, with traffic, a hub outage and a summary.")
        {
            seconds, minutes, dir, port, exit, clients, rounds,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var duration = parsed.GetValue(minutes) is { } m ? TimeSpan.FromMinutes(m)
                : TimeSpan.FromSeconds(parsed.GetValue(seconds) ?? DefaultSeconds);
            if (duration <= TimeSpan.Zero)
            {
                throw new UsageException("the demo needs a positive duration.");
            }

            if (parsed.GetValue(rounds) is <= 0)
            {
                throw new UsageException("--rounds needs a positive whole number.");
            }

            var directory = parsed.GetValue(dir) is { } d ? context.FullPath(d) : Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N")[..8]);
            return await DemoRun.RunAsync(new DemoSettings(duration, directory, parsed.GetValue(port), parsed.GetValue(exit), parsed.GetValue(clients), parsed.GetValue(rounds)), context, ct);
        });
        return command;
    }
}
