using System.CommandLine;
using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway explain &lt;code&gt;`: a retourcode (0001, 9321 …), a rule (TR018, CS002 …) or a level-1 code (XSD …) — what it
/// means in Dutch and English, what it is tied to, which messages, which level, how to fix it. Unknown: exit 2.
/// </summary>
internal static class ExplainCommand
{
    private static readonly Dictionary<string, string> Level1 = new(StringComparer.OrdinalIgnoreCase)
    {
        [Level1Codes.Xml] = "The document is not well-formed or safe XML (e.g. a DOCTYPE). Fix the XML so that a plain XML parser reads it.",
        [Level1Codes.Xsd] = "The document does not match the XSD of its message (or its XsdVersie is not accepted). Validate it against the published schema before sending.",
        [Level1Codes.Size] = "The document is larger than the limit of 25 MB (OP179). Split the content over several messages.",
        [Level1Codes.Encoding] = "The document is not UTF-8 without BOM (OP192). Save it as UTF-8 without a byte order mark.",
        [Level1Codes.Unsupported] = "The root element or namespace is not a supported iJw/iWmo release-3.2 message. Send a Bericht in a message namespace of release 3.2.",
    };

    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "A retourcode (e.g. 9321), a rule code (e.g. TR018, CS002) or a level-1 code (XSD)." };
        var command = new Command("explain", "Explain a retourcode or a rule: meaning (NL/EN), level, messages and fix.") { code };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(code).Trim(), context));
        return command;
    }

    private static int Run(string code, CliContext context)
    {
        var output = context.Out;
        if (RetourCodeCatalogue.Find(code.ToUpperInvariant()) is { } retourcode)
        {
            WriteRetourCode(output, retourcode);
            return ExitCodes.Ok;
        }

        if (Level2Validator.Default.Find(code) is { } rule)
        {
            WriteRule(output, rule);
            return ExitCodes.Ok;
        }

        if (RetourCodeCatalogue.FindByRule(code) is { } byRule)
        {
            output.WriteLine($"Rule {byRule.Rule}: level {byRule.Level}, checked by the gateway against earlier messages or reference data; answered with retourcode {byRule.Code}.");
            output.WriteLine();
            WriteRetourCode(output, byRule);
            return ExitCodes.Ok;
        }

        if (Level1.TryGetValue(code, out var level1))
        {
            output.WriteLine($"{code.ToUpperInvariant()}: level 1. {level1}");
            output.WriteLine($"Answer: no retour; the transport refuses the message with a StUF Fo01 {AnswerDecision.StUF055}.");
            return ExitCodes.Ok;
        }

        context.Error.WriteLine($"gateway: unknown code '{code}': not a retourcode of release 3.2, a rule the gateway checks, or a level-1 code (XML, XSD, SIZE, ENCODING, UNSUPPORTED).");
        return ExitCodes.Usage;
    }

    private static void WriteRetourCode(TextWriter output, RetourCodeInfo info)
    {
        output.WriteLine($"Retourcode {info.Code}");
        output.WriteLine($"  Level:   {(info.Level is { } level ? level.ToString(System.Globalization.CultureInfo.InvariantCulture) : "- (not a rejection)")}");
        output.WriteLine($"  Rule:    {info.Rule ?? (info.Code == RetourCodes.TechnischAfgekeurd ? $"any level-2 rule ({Level2Validator.Default.Rules.Count} checked)" : "-")}");
        output.WriteLine($"  Carried by: retours (302, 306, 308, 316, 318, 320) and the 325");
        output.WriteLine($"  NL: {info.MeaningNl}");
        output.WriteLine($"  EN: {info.MeaningEn}");
        output.WriteLine($"  Fix (NL): {info.FixNl}");
        output.WriteLine($"  Fix (EN): {info.FixEn}");
    }

    private static void WriteRule(TextWriter output, MessageRule rule)
    {
        var messages = rule.AppliesTo.Order().Select(m => $"{(int)m}").ToList();
        output.WriteLine($"Rule {rule.Code}");
        output.WriteLine($"  Level:      {rule.Level} (inside one message)");
        output.WriteLine($"  Retourcode: {rule.RetourCode} ({RetourCodeCatalogue.Get(rule.RetourCode).MeaningEn})");
        output.WriteLine($"  Messages:   {string.Join(", ", messages)} (iJw JW…, iWmo WMO…)");
        if (rule.EnforcedBySchema)
        {
            output.WriteLine("  Schema:     the XSD enforces it; a violation is refused at level 1 (XSD error naming this rule, no retour).");
        }

        output.WriteLine($"  NL: {rule.Meaning.Nl}");
        output.WriteLine($"  EN: {rule.Meaning.En}");
        output.WriteLine($"  Fix (NL): {rule.Fix.Nl}");
        output.WriteLine($"  Fix (EN): {rule.Fix.En}");
    }
}
