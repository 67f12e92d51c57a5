using System.CommandLine;
using Gateway.Host.Cli.Texts;
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
    internal static readonly Dictionary<string, string> Level1 = new(StringComparer.OrdinalIgnoreCase)
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
            WriteRetourCode(output, retourcode, context.Texts);
            return ExitCodes.Ok;
        }

        if (Level2Validator.Default.Find(code) is { } rule)
        {
            WriteRule(output, rule, context.Texts);
            return ExitCodes.Ok;
        }

        if (RetourCodeCatalogue.FindByRule(code) is { } byRule)
        {
            output.WriteLine($"Rule {byRule.Rule}: level {byRule.Level}, checked by the gateway against earlier messages or reference data; answered with retourcode {byRule.Code}.");
            output.WriteLine();
            WriteRetourCode(output, byRule, context.Texts);
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

    private static void WriteRetourCode(TextWriter output, RetourCodeInfo info, TextCatalogue texts)
    {
        output.WriteLine($"Retourcode {info.Code}");
        output.WriteLine($"  {texts.ExplainLevel}:   {(info.Level is { } level ? level.ToString(System.Globalization.CultureInfo.InvariantCulture) : texts.ExplainNotARejection)}");
        output.WriteLine($"  {texts.ExplainRule}:    {info.Rule ?? (info.Code == RetourCodes.TechnischAfgekeurd ? TextCatalogue.Say(texts.ExplainAnyLevel2Rule, Level2Validator.Default.Rules.Count) : "-")}");
        output.WriteLine("  " + texts.ExplainCarriedBy);
        WriteMeaningAndFix(output, texts, (info.MeaningNl, info.MeaningEn), (info.FixNl, info.FixEn));
    }

    private static void WriteRule(TextWriter output, MessageRule rule, TextCatalogue texts)
    {
        var messages = rule.AppliesTo.Order().Select(m => $"{(int)m}").ToList();
        var meaning = RetourCodeCatalogue.Get(rule.RetourCode);
        output.WriteLine($"{texts.ExplainRule} {rule.Code}");
        output.WriteLine($"  {texts.ExplainLevel}:      {rule.Level} ({texts.ExplainInsideOneMessage})");
        output.WriteLine($"  Retourcode: {rule.RetourCode} ({texts.Pick(meaning.MeaningNl, meaning.MeaningEn)})");
        output.WriteLine($"  {texts.ExplainMessages}:   {string.Join(", ", messages)} (iJw JW…, iWmo WMO…)");
        if (rule.EnforcedBySchema)
        {
            output.WriteLine("  Schema:     the XSD enforces it; a violation is refused at level 1 (XSD error naming this rule, no retour).");
        }

        WriteMeaningAndFix(output, texts, (rule.Meaning.Nl, rule.Meaning.En), (rule.Fix.Nl, rule.Fix.En));
    }

    /// <summary>Both languages, as providers and back offices read either; the fix labelled in the user's.</summary>
    private static void WriteMeaningAndFix(TextWriter output, TextCatalogue texts, (string Nl, string En) meaning, (string Nl, string En) fix)
    {
        output.WriteLine($"  NL: {meaning.Nl}");
        output.WriteLine($"  EN: {meaning.En}");
        output.WriteLine($"  {texts.ExplainFix} (NL): {fix.Nl}");
        output.WriteLine($"  {texts.ExplainFix} (EN): {fix.En}");
    }
}
