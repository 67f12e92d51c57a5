using System.CommandLine;
using System.Globalization;
using Gateway.Messages.Schemas;
using Gateway.Messages.Validation;

namespace Gateway.Host.Cli;

/// <summary>`gateway validate &lt;file|dir&gt;... [--json] [--schemas DIR]`: levels 1 and 2 for every file; exit 0 when all are valid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Message files, or folders searched recursively for *.xml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per file per line." };
        var schemas = GatewayCommandLine.SchemasOption();
        var command = new Command("validate", "Validate messages on levels 1 (XML, XSD) and 2 (rules inside the message).")
        {
            paths, json, schemas,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(paths),
            parsed.GetValue(json),
            parsed.GetValue(schemas),
            context));
        return command;
    }

    private static int Run(string[] paths, bool json, string? schemas, CliContext context)
    {
        var files = MessageFiles.Expand(paths, context);
        // A batch often holds one standard: the other's pack is compiled only if a message of it comes along.
        var validator = new MessageValidator(new MessagesOptions { SchemaRoot = SchemaRootLocator.Resolve(schemas, context) }, compilation: SchemaCompilation.OnFirstUse);
        var invalid = 0;
        var output = new BatchedOutput(context.Out, context.Time);
        // Each worker renders its file's output, so only text waits for its turn, never a parsed message.
        try
        {
            foreach (var (valid, text) in InputOrder.Map(files, file => Render(validator, file, json, context.Out.NewLine), Environment.ProcessorCount))
            {
                invalid += valid ? 0 : 1;
                output.Write(text);
            }
        }
        finally
        {
            // A failure on one file still leaves the lines of the files before it on the screen.
            output.Flush();
        }

        if (!json)
        {
            context.Out.WriteLine($"{files.Count} {(files.Count == 1 ? "file" : "files")}: {files.Count - invalid} valid, {invalid} invalid.");
        }

        return invalid == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static (bool Valid, string Text) Render(MessageValidator validator, MessageFile file, bool json, string newLine)
    {
        var result = validator.ValidateFile(file.FullPath);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine };
        if (json)
        {
            text.WriteLine(ValidationJson.Line(file.Display, result));
        }
        else
        {
            WriteHuman(text, file.Display, result);
        }

        return (result.IsValid, text.ToString());
    }

    private static void WriteHuman(TextWriter output, string file, MessageValidationResult result)
    {
        output.WriteLine($"{(result.IsValid ? "OK" : "FAIL")}  {file}  {IssueText.Identity(result.Identity)}");
        foreach (var issue in result.Issues)
        {
            output.WriteLine("    " + IssueText.Line(issue));
        }
    }
}
