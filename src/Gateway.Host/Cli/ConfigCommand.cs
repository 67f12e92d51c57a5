using System.CommandLine;
using Gateway.Host.Hosting;

namespace Gateway.Host.Cli;

/// <summary>`gateway config check [--config FILE]`: every problem of every section, one per line with its full key.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var check = new Command("check", "Check the configuration as `gateway run` reads it, without starting: every problem of every section, one per line with its full key. Exit code 2 when there are problems.") { config };
        check.SetAction(parsed => Check(parsed.GetValue(config), context));
        return new Command("config", "Work with the gateway's configuration.") { check };
    }

    private static int Check(string? config, CliContext context)
    {
        var problems = GatewayConfigurationCheck.Problems(config is null ? null : context.FullPath(config));
        if (problems.Count == 0)
        {
            context.Out.WriteLine("configuration OK");
            return ExitCodes.Ok;
        }

        RunCommand.WriteProblems(context.Out, problems);
        return ExitCodes.Usage;
    }
}
