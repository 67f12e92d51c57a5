using System.CommandLine;
using System.Net;
using Gateway.Host.Demo;

namespace Gateway.Host.Cli;

/// <summary>`gateway demo [--seconds N | --minutes N | --rounds N] [--dir DIR] [--port P] [--exit]`.</summary>
internal static class DemoCommand
{
    public const int DefaultSeconds = 60;
    public const int DefaultPort = 5080;
    public const int DefaultClients = 300;

    /// <summary>Enough for a region of some size; more only slows the start (every client gets a generated BSN and history).</summary>
    public const int MaxClients = 10_000;

    /// <summary>A day: a demo that runs longer is a service, which is `gateway run`.</summary>
    public const int MaxSeconds = 86_400;

    /// <summary>Some hours of traffic at the demo's tick.</summary>
    public const int MaxRounds = 100_000;

    public static Command Create(CliContext context)
    {
        var seconds = new Option<int?>("--seconds") { Description = $"How long the traffic runs (default {DefaultSeconds}).", HelpName = "N" };
        var minutes = new Option<double?>("--minutes") { Description = "How long the traffic runs, in minutes.", HelpName = "N" };
        var dir = new Option<string?>("--dir") { Description = "Folder for the store, logs and back-office directories (default: a new temporary folder).", HelpName = "DIR" };
        var port = new Option<int>("--port") { Description = $"Port of the gateway on 127.0.0.1 (default {DefaultPort}; 0 = any free port).", DefaultValueFactory = _ => DefaultPort };
        var exit = new Option<bool>("--exit") { Description = "Stop after the summary instead of serving the operator API until Ctrl+C." };
        var clients = new Option<int>("--clients") { Description = $"Clients in the sample region, 1 to {MaxClients} (default {DefaultClients}).", DefaultValueFactory = _ => DefaultClients };
        var rounds = new Option<int?>("--rounds") { Description = "Rounds of traffic instead of a duration: the same traffic however fast the machine is.", HelpName = "N" };
        var command = new Command("demo", "Run the gateway, the hub simulator and a sample region in one process, with traffic, a hub outage and a summary.")
        {
            seconds, minutes, dir, port, exit, clients, rounds,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var duration = Duration(context, parsed.GetValue(seconds), parsed.GetValue(minutes));
            GatewayCommandLine.RequireRange(context, "--clients", parsed.GetValue(clients), 1, MaxClients);
            GatewayCommandLine.RequireRange(context, "--port", parsed.GetValue(port), 0, IPEndPoint.MaxPort);
            // Before the hub simulator and the back offices start: only the gateway's port is fixed, theirs are free ones.
            PortProbe.RequireFree(context, IPAddress.Loopback, parsed.GetValue(port), context.Texts.PortChoiceDemo);
            if (parsed.GetValue(rounds) is { } r)
            {
                GatewayCommandLine.RequireRange(context, "--rounds", r, 1, MaxRounds);
            }

            var directory = parsed.GetValue(dir) is { } d ? context.FullPath(d) : Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N")[..8]);
            return await DemoRun.RunAsync(new DemoSettings(duration, directory, parsed.GetValue(port), parsed.GetValue(exit), parsed.GetValue(clients), parsed.GetValue(rounds)), context, ct);
        });
        return command;
    }

    private static TimeSpan Duration(CliContext context, int? seconds, double? minutes)
    {
        if (minutes is { } m)
        {
            GatewayCommandLine.RequireRange(context, "--minutes", m, 0.1, MaxSeconds / 60);
            return TimeSpan.FromMinutes(m);
        }

        GatewayCommandLine.RequireRange(context, "--seconds", seconds ?? DefaultSeconds, 1, MaxSeconds);
        return TimeSpan.FromSeconds(seconds ?? DefaultSeconds);
    }
}
