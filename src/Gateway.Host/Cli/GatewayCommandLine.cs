using System.CommandLine;
using Gateway.Host.Hosting;
using Gateway.Messages.Schemas;
using Gateway.Storage.Sqlite;

namespace Gateway.Host.Cli;

/// <summary>The `gateway` command line: validate, retour, explain, run, demo, queue, ceilings, answers, message, keys, config. Exit codes in <see cref="ExitCodes"/>.</summary>
internal static class GatewayCommandLine
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("iStandaarden gateway for iJw and iWmo release 3.2.")
        {
            ValidateCommand.Create(context),
            RetourCommand.Create(context),
            ExplainCommand.Create(context),
            RunCommand.Create(context),
            DemoCommand.Create(context),
            QueueCommand.Create(context),
            DeclaratieAntwoordCommands.Ceilings(context),
            DeclaratieAntwoordCommands.Answers(context),
            MessageCommand.Create(context),
            KeysCommand.Create(context),
            ConfigCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("gateway: " + error.Message);
            }

            context.Error.WriteLine("Run 'gateway --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine("gateway: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (GatewayConfigurationException ex)
        {
            context.Error.WriteLine("gateway: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (StoreInUseException ex)
        {
            context.Error.WriteLine("gateway: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (SchemaPackException ex)
        {
            context.Error.WriteLine("gateway: the schema packs cannot be loaded: " + ex.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>The --schemas option every verb that validates takes.</summary>
    public static Option<string?> SchemasOption() => new("--schemas")
    {
        Description = $"Schema root folder (<DIR>/ijw/3.2/*.xsd). Default: ${SchemaRootLocator.EnvironmentVariable}, else schemas/ next to the executable, else the nearest schemas/ above the current directory.",
        HelpName = "DIR",
    };
}
