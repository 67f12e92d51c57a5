using System.CommandLine;
using System.Text.RegularExpressions;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Hosting;
using Gateway.Messages.Schemas;
using Gateway.Storage.Sqlite;
using Microsoft.AspNetCore.Connections;

namespace Gateway.Host.Cli;

/// <summary>
/// The `gateway` command line: validate, retour, explain, run, demo, queue, ceilings, answers, report, message, keys, config. Exit codes in
/// <see cref="ExitCodes"/>; a user's mistake is one line on stderr and exit 2, never a stack trace.
/// </summary>
internal static partial class GatewayCommandLine
{
    public static int Run(string[] args, CliContext context)
    {
        // The language decides the texts the verbs are built with. The tree is built once in the environment's
        // language; only a --lang naming the other language builds it again (a one-shot `gateway validate` pays for
        // every object of the tree, so not twice).
        context = context with { Language = LanguageChoice.FromEnvironment(context.GetEnvironmentVariable) };
        var parsed = Root(context, out var langOption).Parse(args);
        if (parsed.GetValue(langOption) is { } value && LanguageChoice.TryParse(value, out var chosen) && chosen != context.Language)
        {
            context = context with { Language = chosen };
            parsed = Root(context, out _).Parse(args);
        }

        var texts = context.Texts;
        if (parsed.Errors.Count > 0)
        {
            var problems = parsed.Errors.Select(e => ParseErrorText.Describe(e, texts)).Distinct(StringComparer.Ordinal);
            context.Error.WriteLine($"gateway: {string.Join("; ", problems)} {TextCatalogue.Say(texts.SeeHelp, ParseErrorText.CommandPath(parsed.CommandResult))}");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            return Usage(context, ex.Message);
        }
        catch (GatewayConfigurationException ex)
        {
            // Already one line naming the file or key, written as a sentence.
            context.Error.WriteLine("gateway: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (StoreInUseException ex)
        {
            return Usage(context, ex.Message);
        }
        catch (SchemaPackException ex)
        {
            return Usage(context, "the schema packs cannot be loaded: " + ex.Message);
        }
        catch (IOException ex) when (AddressInUse(ex) is { } address)
        {
            var how = parsed.CommandResult.Command.Name == "demo" ? texts.PortChoiceDemo : texts.PortChoiceRun;
            return Usage(context, TextCatalogue.Say(texts.PortInUse, address.Port, address.Host, how));
        }
        catch (FileNotFoundException ex)
        {
            return Usage(context, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not the user's mistake: one line still, naming the failure, instead of an abort with a stack trace.
            context.Error.WriteLine("gateway: " + TextCatalogue.Say(texts.UnexpectedFailure, ex.GetType().Name, ParseErrorText.OneLine(ex.Message)));
            return ExitCodes.Internal;
        }
    }

    /// <summary>The --schemas option every verb that validates takes.</summary>
    public static Option<string?> SchemasOption() => new("--schemas")
    {
        Description = $"Schema root folder (<DIR>/ijw/3.2/*.xsd). Default: ${SchemaRootLocator.EnvironmentVariable}, else schemas/ next to the executable, else the nearest schemas/ above the current directory.",
        HelpName = "DIR",
    };

    /// <summary>A range check of a number option: a <see cref="UsageException"/> naming the allowed range when outside it.</summary>
    public static void RequireRange(CliContext context, string option, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new UsageException(TextCatalogue.Say(context.Texts.OutOfRange, option, value, min, max));
        }
    }

    private static RootCommand Root(CliContext context, out Option<string?> lang)
    {
        lang = new Option<string?>(LanguageChoice.OptionName)
        {
            Description = "Language of tables, summaries and messages: nl or en (default: nl when LC_ALL, LC_MESSAGES or LANG starts with nl, else en). JSON output is the same in both.",
            HelpName = "nl|en",
            Recursive = true,
        };
        lang.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (!LanguageChoice.TryParse(value, out _))
            {
                result.AddError(TextCatalogue.Say(context.Texts.NotOneOf, LanguageChoice.OptionName, value, string.Join(", ", LanguageChoice.Names)));
            }
        });

        return new RootCommand("iStandaarden gateway for iJw and iWmo release 3.2.")
        {
            lang,
            ValidateCommand.Create(context),
            RetourCommand.Create(context),
            PrecheckCommand.Create(context),
            ExplainCommand.Create(context),
            RunCommand.Create(context),
            DemoCommand.Create(context),
            QueueCommand.Create(context),
            DeclaratieAntwoordCommands.Ceilings(context),
            DeclaratieAntwoordCommands.Answers(context),
            ReportCommand.Create(context),
            DeadlinesCommand.Create(context),
            ClusterCommand.Create(context),
            MessageCommand.Create(context),
            KeysCommand.Create(context),
            ConfigCommand.Create(context),
        };
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine("gateway: " + ParseErrorText.OneLine(message));
        return ExitCodes.Usage;
    }

    /// <summary>The address Kestrel could not bind ("Failed to bind to address http://127.0.0.1:5080: address already in use").</summary>
    private static (string Host, int Port)? AddressInUse(IOException exception)
    {
        if (exception.InnerException is not AddressInUseException)
        {
            return null;
        }

        var match = BoundAddress().Match(exception.Message);
        return match.Success ? (match.Groups["host"].Value, int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture)) : ("?", 0);
    }

    [GeneratedRegex(@"https?://(?<host>\[[^\]]+\]|[^\s/:\[]+):(?<port>\d{1,5})")]
    private static partial Regex BoundAddress();
}
