using System.CommandLine;
using System.Text.Json;
using Gateway.Host.Precheck;
using Gateway.Routing.Precheck;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway precheck &lt;file&gt; --config FILE [--json]`: what the configured gateway would answer to a message from a
/// provider now — all four levels against the store's ledger and the contracts — with every code explained; nothing is
/// stored (<see cref="MessagePrecheck"/>). Exit 0 would be accepted, 1 would be rejected (or refused, or a copy), 2 a
/// usage mistake. No sender check: whoever holds the configuration may check any provider's message.
/// </summary>
internal static class PrecheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The message a provider would send (305, 307, 315, 317, 323 or a retour)." };
        var config = RunCommand.ConfigOption();
        var json = new Option<bool>("--json") { Description = "The answer as JSON, as POST /api/precheck gives it." };
        var command = new Command("precheck", "What the gateway would answer to a provider's message now: all four levels against the ledger and contracts, each code explained; nothing is stored.")
        {
            file, config, json,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var payload = Read(parsed.GetRequiredValue(file), context);
            return await OperatorStore.WithServicesAsync(parsed.GetValue(config), context, async services =>
            {
                var result = await services.GetRequiredService<MessagePrecheck>().CheckAsync(payload, sender: null, ct);
                var answer = PrecheckAnswer.Of(result);
                if (parsed.GetValue(json))
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(answer, OperatorStore.Json));
                }
                else
                {
                    Write(context.Out, answer);
                }

                return result.WouldBeAccepted ? ExitCodes.Ok : ExitCodes.Failed;
            });
        });
        return command;
    }

    private static byte[] Read(string file, CliContext context)
    {
        var full = context.FullPath(file);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{file} is a folder: precheck takes one message file.");
        }

        if (!File.Exists(full))
        {
            throw new UsageException($"file not found: {file}");
        }

        return File.ReadAllBytes(full);
    }

    private static void Write(TextWriter output, PrecheckAnswer answer)
    {
        output.WriteLine($"{answer.Verdict.ToUpperInvariant()}  {answer.Message ?? "-"}");
        output.WriteLine(answer.Summary);
        Section(output, "Retourcodes", answer.RetourCodes);
        Section(output, "Findings", answer.Findings);
        if (answer.Answer is { } xml)
        {
            output.WriteLine();
            output.WriteLine($"{answer.AnswerName} the gateway would send:");
            output.WriteLine(xml);
        }
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<ExplainedCode> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var code in codes)
        {
            var level = code.Level is { } l ? $"level {l}" : "-";
            var retour = code.RetourCode is { } r && r != code.Code ? $" → {r}" : "";
            output.WriteLine($"  {code.Code}{retour} ({level}){(code.Where is { } where ? " at " + where : "")}");
            if (code.Message is { } message)
            {
                output.WriteLine($"    {message}");
            }

            output.WriteLine($"    NL: {code.MeaningNl}");
            output.WriteLine($"    EN: {code.MeaningEn}");
            output.WriteLine($"    Fix (NL): {code.FixNl}");
            output.WriteLine($"    Fix (EN): {code.FixEn}");
        }
    }
}
