using System.CommandLine;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Validation;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway retour &lt;file&gt; [--schemas DIR]`: prints the answer the gateway would send (exit 0); for a level-1 failure
/// the transport error and why (exit 1); for an answer, that it gets none (exit 1). Only levels 1 and 2 are checked.
/// </summary>
internal static class RetourCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The received message." };
        var schemas = GatewayCommandLine.SchemasOption();
        var command = new Command("retour", "Print the retour or 325 the gateway would send for a message (levels 1 and 2 checked).")
        {
            file, schemas,
        };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), parsed.GetValue(schemas), context));
        return command;
    }

    private static int Run(string file, string? schemas, CliContext context)
    {
        var full = context.FullPath(file);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{file} is a folder: retour takes one message file (validate takes folders).");
        }

        if (!File.Exists(full))
        {
            throw new UsageException($"file not found: {file}");
        }

        var validator = new MessageValidator(new MessagesOptions { SchemaRoot = SchemaRootLocator.Resolve(schemas, context) });
        var result = validator.ValidateFile(full);
        var decision = new AnswerFactory(validator.Schemas, context.Time, context.Identificaties).Decide(result);
        switch (decision.Kind)
        {
            case AnswerKind.Answer:
                context.Out.WriteLine(BerichtWriter.ToXml(decision.Answer!));
                context.Error.WriteLine(decision.Reason);
                foreach (var issue in result.Issues)
                {
                    context.Error.WriteLine("    " + IssueText.Line(issue));
                }

                return ExitCodes.Ok;
            case AnswerKind.TransportError:
                context.Out.WriteLine($"No retour: {file} fails level 1. The gateway refuses it at transport level: StUF Fo01 with error code {decision.TransportErrorCode}.");
                context.Out.WriteLine("Why:");
                foreach (var issue in result.Issues)
                {
                    context.Out.WriteLine("    " + IssueText.Line(issue));
                }

                return ExitCodes.Failed;
            default:
                context.Out.WriteLine($"No answer: {decision.Reason}");
                return ExitCodes.Failed;
        }
    }
}
