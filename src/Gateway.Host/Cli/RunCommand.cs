using System.CommandLine;
using Gateway.Host.Cluster;
using Gateway.Host.Hosting;
using Gateway.Routing.Reference;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Relational;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Cli;

/// <summary>`gateway run [--config FILE]`: the service, until stopped (Ctrl+C or SIGTERM).</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigOption();
        var command = new Command("run", "Run the gateway: GGk endpoint, back-office API and directories, operator API, health and metrics.") { config };
        command.SetAction(async (parsed, ct) => await RunAsync(parsed.GetValue(config), context, ct));
        return command;
    }

    /// <summary>The --config option of every verb that works on a configured gateway.</summary>
    public static Option<string?> ConfigOption() => new("--config")
    {
        Description = "Configuration file (JSON, like appsettings.json); environment variables GATEWAY__… override it. Default: appsettings.json next to the executable.",
        HelpName = "FILE",
    };

    private static async Task<int> RunAsync(string? config, CliContext context, CancellationToken cancellationToken)
    {
        WebApplication? app = null;
        try
        {
            app = GatewayApplication.Build(config is null ? null : context.FullPath(config));
            if (GatewayConfigurationCheck.Problems(app.Services, app.Configuration) is { Count: > 0 } problems)
            {
                return ConfigurationProblems(context, problems);
            }

            PortProbe.RequireFree(context, app.Configuration[WebHostDefaults.ServerUrlsKey], context.Texts.PortChoiceRun);
            // Resolved before the run: the host disposes its services when it stops.
            var instanceName = app.Services.GetRequiredService<InstanceNameLock>();
            await ((IHost)app).RunAsync(cancellationToken);
            if (instanceName.LostToAnother)
            {
                context.Error.WriteLine($"gateway: stopped: another running gateway instance on this database took the name '{instanceName.Name}' ({ClusterOptions.SectionName}:{nameof(ClusterOptions.InstanceName)}) after a database restart; give each instance a name of its own.");
                return ExitCodes.Usage;
            }

            return ExitCodes.Ok;
        }
        catch (OptionsValidationException e)
        {
            return ConfigurationProblems(context, e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return ConfigurationProblems(context, e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures));
        }
        catch (ConfigurationFileException e)
        {
            context.Error.WriteLine("gateway: a region file needs fixing:");
            foreach (var problem in e.Errors.Count > 0 ? e.Errors.Select(error => error.ToString()) : [e.Message])
            {
                context.Error.WriteLine("  - " + problem);
            }

            return ExitCodes.Usage;
        }
        catch (StoreUnavailableException e)
        {
            context.Error.WriteLine("gateway: the store cannot be opened: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (StoreKeysException e)
        {
            context.Error.WriteLine("gateway: the store's keys do not match the configuration: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (FileNotFoundException e)
        {
            context.Error.WriteLine("gateway: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine("gateway: the configuration needs fixing: " + e.Message);
            return ExitCodes.Usage;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static int ConfigurationProblems(CliContext context, IEnumerable<string> failures)
    {
        WriteProblems(context.Error, failures);
        return ExitCodes.Usage;
    }

    /// <summary>The configuration's problems, one line each, as `run` and `config check` print them.</summary>
    public static void WriteProblems(TextWriter writer, IEnumerable<string> problems)
    {
        writer.WriteLine("gateway: the configuration needs fixing:");
        foreach (var problem in problems)
        {
            writer.WriteLine("  - " + problem);
        }
    }
}
