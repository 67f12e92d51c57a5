using System.CommandLine;
using System.Globalization;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Explain;
using Gateway.Messages.Answers;
using Gateway.Messages.Rules;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway explain &lt;code&gt;`: any code the gateway prints — a retourcode (0001, 9321 …), a rule (TR018, CS002, CT01 …), a
/// level-1 code (XSD …), a StUF or IB code, an OP/IV reference or a 2.x functie — what it means in Dutch and English, what
/// it is tied to, which messages, which level, how to fix it. Unknown: exit 2.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "A retourcode (e.g. 9321), a rule code (e.g. TR018, CS002, CT01), a level-1 code (XSD), a StUF or IB code (StUF055, IB103) or an OP/IV reference (OP192)." };
        var command = new Command("explain", "Explain a code the gateway prints: meaning (NL/EN), level, messages and fix.") { code };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(code), context));
        return command;
    }

    private static int Run(string code, CliContext context)
    {
        if (new CodeExplainer(context.Time).Explain(code) is not { } explanation)
        {
            context.Error.WriteLine($"gateway: unknown code '{code.Trim()}': not a retourcode of release 3.2, a rule the gateway checks, a level-1 code (XML, XSD, SIZE, ENCODING, UNSUPPORTED), a StUF or IB code, or an OP/IV reference the gateway cites.");
            return ExitCodes.Usage;
        }

        var output = context.Out;
        var texts = context.Texts;
        switch (explanation.Kind)
        {
            case CodeKind.RetourCode:
                WriteRetourCode(output, explanation, texts);
                break;
            case CodeKind.Level2Rule or CodeKind.CrossMessageRule:
                WriteRule(output, explanation, texts);
                break;
            default:
                WriteOther(output, explanation, texts);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteRetourCode(TextWriter output, CodeExplanation info, TextCatalogue texts)
    {
        var rules = info.Code == RetourCodes.TechnischAfgekeurd
            ? TextCatalogue.Say(texts.ExplainAnyLevel2Rule, Level2Validator.Default.Rules.Count)
            : info.Rules.Count == 0 ? "-" : string.Join(", ", info.Rules);
        output.WriteLine($"Retourcode {info.Code}");
        output.WriteLine($"  {texts.ExplainLevel}:   {(info.Level is { } level ? level.ToString(CultureInfo.InvariantCulture) : texts.ExplainNotARejection)}");
        output.WriteLine($"  {texts.ExplainRule}:    {rules}");
        output.WriteLine("  " + texts.ExplainCarriedBy);
        WriteMeaningAndFix(output, texts, info.Meaning, info.Fix);
    }

    private static void WriteRule(TextWriter output, CodeExplanation rule, TextCatalogue texts)
    {
        var where = rule.Level switch
        {
            2 => texts.ExplainInsideOneMessage,
            3 => texts.ExplainAgainstEarlierMessages,
            _ => texts.ExplainAgainstReferenceData,
        };
        output.WriteLine($"{texts.ExplainRule} {rule.Code}");
        output.WriteLine($"  {texts.ExplainLevel}:      {rule.Level} ({where})");
        foreach (var retourCode in rule.RetourCodes)
        {
            var meaning = RetourCodeCatalogue.Get(retourCode);
            output.WriteLine($"  Retourcode: {retourCode} ({texts.Pick(meaning.MeaningNl, meaning.MeaningEn)})");
        }

        output.WriteLine($"  {texts.ExplainMessages}:   {string.Join(", ", rule.Messages)} (iJw JW…, iWmo WMO…)");
        foreach (var note in rule.Notes.Skip(1))
        {
            output.WriteLine("  " + note);
        }

        WriteMeaningAndFix(output, texts, rule.Meaning, rule.Fix);
    }

    private static void WriteOther(TextWriter output, CodeExplanation other, TextCatalogue texts)
    {
        var title = other.Kind switch
        {
            CodeKind.Level1 => "Level-1 code",
            CodeKind.Transport => "StUF/GGk code",
            CodeKind.Reference => "Reference",
            CodeKind.Gateway => "Gateway code",
            _ => "Functie",
        };
        output.WriteLine($"{title} {other.Code}");
        if (other.Level is { } level)
        {
            output.WriteLine($"  {texts.ExplainLevel}: {level}");
        }

        foreach (var note in other.Notes)
        {
            output.WriteLine("  " + note);
        }

        WriteMeaningAndFix(output, texts, other.Meaning, other.Fix);
    }

    /// <summary>Both languages, as providers and back offices read either; the fix labelled in the user's.</summary>
    private static void WriteMeaningAndFix(TextWriter output, TextCatalogue texts, RuleText meaning, RuleText? fix)
    {
        output.WriteLine($"  NL: {meaning.Nl}");
        output.WriteLine($"  EN: {meaning.En}");
        if (fix is not null)
        {
            output.WriteLine($"  {texts.ExplainFix} (NL): {fix.Nl}");
            output.WriteLine($"  {texts.ExplainFix} (EN): {fix.En}");
        }
    }
}
