using Gateway.Routing.Freezes;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;
using Gateway.Routing.Ledger;

namespace Gateway.Host.Explain;

/// <summary>
/// Every code the gateway prints, explained: retourcodes, level-2 rules, level-3/4 rules (every rule class, configured or
/// not), level-1 codes, StUF and IB codes of both generations, the OP/IV references it cites and the 2.x functies.
/// One explainer serves <c>gateway explain</c> and <c>GET /api/explain/{code}</c>.
/// </summary>
internal sealed class CodeExplainer(TimeProvider time)
{
    private const string RouteCode = "ROUTE";

    private static readonly Dictionary<string, (RuleText Meaning, RuleText Fix)> Level1 = new(StringComparer.OrdinalIgnoreCase)
    {
        [Level1Codes.Xml] = (
            new("Het document is geen goedgevormde of veilige XML (bijvoorbeeld met een DOCTYPE).", "The document is not well-formed or safe XML (e.g. a DOCTYPE)."),
            new("Herstel de XML zodat een gewone XML-parser hem leest.", "Fix the XML so that a plain XML parser reads it.")),
        [Level1Codes.Xsd] = (
            new("Het document past niet bij de XSD van zijn bericht (of zijn XsdVersie wordt niet aangenomen).", "The document does not match the XSD of its message (or its XsdVersie is not accepted)."),
            new("Valideer het tegen het gepubliceerde schema voordat u het verstuurt.", "Validate it against the published schema before sending.")),
        [Level1Codes.Size] = (
            new("Het document is groter dan de limiet van 25 MB (OP179).", "The document is larger than the limit of 25 MB (OP179)."),
            new("Verdeel de inhoud over meer berichten.", "Split the content over several messages.")),
        [Level1Codes.Encoding] = (
            new("Het document is geen UTF-8 zonder BOM (OP192).", "The document is not UTF-8 without BOM (OP192)."),
            new("Sla het op als UTF-8 zonder byte order mark.", "Save it as UTF-8 without a byte order mark.")),
        [Level1Codes.Unsupported] = (
            new("Het rootelement of de namespace is geen ondersteund iJw/iWmo-bericht van release 3.2 (303 en 304 zijn vervangen door 323 en 325).", "The root element or namespace is not a supported iJw/iWmo release-3.2 message (303 and 304 were replaced by 323 and 325)."),
            new("Stuur een Bericht in een berichtnamespace van release 3.2.", "Send a Bericht in a message namespace of release 3.2.")),
    };

    private readonly Lazy<IReadOnlyList<ICrossMessageRule>> _rules = new(() => ExplainedRules.Build(time));

    /// <summary>The level-1 codes it explains.</summary>
    public static IReadOnlyCollection<string> Level1CodesExplained => Level1.Keys;

    /// <summary>The meaning and fix of a level-1 code; false when it is not one.</summary>
    public static bool TryLevel1(string code, out RuleText meaning, out RuleText fix)
    {
        var found = Level1.TryGetValue(code, out var text);
        (meaning, fix) = text;
        return found;
    }

    /// <summary>Every level-3/4 rule class of the gateway.</summary>
    public IReadOnlyList<ICrossMessageRule> CrossMessageRules => _rules.Value;

    /// <summary>The explanation of a code (any case), or null when the gateway never prints it.</summary>
    public CodeExplanation? Explain(string code)
    {
        code = code.Trim();
        return RetourCode(code) ?? Level2Rule(code) ?? CrossMessageRule(code) ?? Level1Code(code) ?? Transport(code)
            ?? Reference(code) ?? RetiredFunctie(code) ?? GatewayCode(code);
    }

    private CodeExplanation? RetourCode(string code)
    {
        if (RetourCodeCatalogue.Find(code.ToUpperInvariant()) is not { } info)
        {
            return null;
        }

        var users = CrossMessageRules.Where(r => r.RetourCodes.Contains(info.Code)).Select(r => r.Code);
        List<string> notes = ["Carried by: retours (302, 306, 308, 316, 318, 320) and the 325."];
        if (info.Code == RetourCodes.TechnischAfgekeurd)
        {
            notes.Add($"Given for any level-2 rule ({Level2Validator.Default.Rules.Count} checked).");
        }

        return new CodeExplanation(info.Code, CodeKind.RetourCode, info.Meaning, info.Fix)
        {
            Level = info.Level,
            Rules = [.. (info.Rule is { } rule ? [rule] : Array.Empty<string>()).Concat(users).Distinct(StringComparer.Ordinal)],
            Notes = notes,
        };
    }

    private static CodeExplanation? Level2Rule(string code) =>
        Level2Validator.Default.Find(code) is { } rule
            ? new CodeExplanation(rule.Code, CodeKind.Level2Rule, rule.Meaning, rule.Fix)
            {
                Level = rule.Level,
                RetourCodes = [rule.RetourCode],
                Messages = [.. rule.AppliesTo.Order().Select(m => (int)m)],
                Notes = rule.EnforcedBySchema
                    ? ["Checked inside one message.", "Schema: the XSD enforces it; a violation is refused at level 1 (XSD error naming this rule, no retour)."]
                    : ["Checked inside one message."],
            }
            : null;

    private CodeExplanation? CrossMessageRule(string code) =>
        CrossMessageRules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)) is { Meaning: { } meaning } rule
            ? new CodeExplanation(rule.Code, CodeKind.CrossMessageRule, meaning, rule.Fix)
            {
                Level = rule.Level,
                RetourCodes = [.. rule.RetourCodes],
                Messages = [.. rule.AppliesTo.Order().Select(m => (int)m)],
                Notes = [rule.Level == 3 ? "Checked against earlier messages (the ledger)." : "Checked against reference data and the region's contracts."],
            }
            : null;

    private static CodeExplanation? Level1Code(string code) =>
        Level1.TryGetValue(code, out var text)
            ? new CodeExplanation(code.ToUpperInvariant(), CodeKind.Level1, text.Meaning, text.Fix)
            {
                Level = 1,
                Notes = [$"Answer: no retour; the transport refuses the message with a StUF Fo01 {AnswerDecision.StUF055}."],
            }
            : null;

    private static CodeExplanation? Transport(string code)
    {
        var stuf = StufFoutcodes.Find(code);
        var ggk = GgkFoutcodes.Lookup(code);
        if (stuf is null && ggk.Count == 0)
        {
            return null;
        }

        IReadOnlyList<string> notes = [.. ggk.Select(c => $"{Generation(c.Generation)}: {c.Omschrijving} ({c.OmschrijvingEn}); {Handling(c.Code, c.Class)}")];
        if (stuf is not null)
        {
            return new CodeExplanation(stuf.Code, CodeKind.Transport, stuf.Meaning, stuf.Fix) { Notes = notes };
        }

        var meaning = new RuleText(
            string.Join(" ", ggk.Select(c => $"{Generation(c.Generation)}: {c.Omschrijving}.")),
            string.Join(" ", ggk.Select(c => $"{Generation(c.Generation)}: {c.OmschrijvingEn}.")));
        return new CodeExplanation(ggk[0].Code, CodeKind.Transport, meaning, Fix(GgkFoutcodes.Classify(code))) { Notes = notes };
    }

    private static CodeExplanation? Reference(string code) =>
        RuleReferences.Find(code) is { } reference ? new CodeExplanation(reference.Code, CodeKind.Reference, reference.Meaning, null) : null;

    private static CodeExplanation? RetiredFunctie(string code)
    {
        var functie = code.ToUpperInvariant();
        if (RetiredMessages.OfFunctie(functie) is not { } number)
        {
            return null;
        }

        var successor = RetiredMessages.Successor(number);
        return new CodeExplanation(
            functie,
            CodeKind.RetiredFunctie,
            new($"{functie} is een bericht van release 2.x: berichten 303 en 304 zijn in release 3.0 vervangen door 323 (Declaratie) en 325 (Declaratie-antwoord).", $"{functie} is a message of release 2.x: {RetiredMessages.Why}."),
            new($"Stuur een {successor} van release 3.2 (functie {functie[..^3]}{RetiredMessages.SuccessorNumber(number)}).", $"Send a {successor} of release 3.2 (functie {functie[..^3]}{RetiredMessages.SuccessorNumber(number)})."))
        {
            Notes = ["The gateway answers an envelope with this functie with a Fo03 StUF037 saying so."],
        };
    }

    /// <summary>Codes of the gateway's own that are no rule of the standard: ROUTE, a refusal before the rules because of where a message goes.</summary>
    private static CodeExplanation? GatewayCode(string code) =>
        string.Equals(code, RouteCode, StringComparison.OrdinalIgnoreCase)
            ? new CodeExplanation(
                RouteCode,
                CodeKind.Gateway,
                new("De gateway kan het bericht niet routeren: de gemeentecode hoort niet bij deze regio (of ging op in een gemeente buiten de regio), of de backoffice mag niet namens deze gemeente sturen.", "The gateway cannot route the message: the gemeentecode is not a gemeente of this region (or merged into one outside it), or the back office may not send for this gemeente."),
                new("Stuur het bericht aan de gemeente die de fout noemt, of laat de beheerder de gemeente of de backoffice in Gateway:Region opnemen.", "Send the message to the gemeente the error names, or have the operator add the gemeente or the back office to Gateway:Region."))
            {
                Notes = ["A back office's message refused with ROUTE is not sent; a provider's gets the retour of TR378 or a Fo01."],
            }
            : null;

    private static string Generation(GgkFoutcodeGeneration generation) =>
        generation == GgkFoutcodeGeneration.Bidn2025 ? "BIDN list 2025" : "VNG list 2017/2018";

    private static string Handling(string code, GgkFoutClass @class) => @class switch
    {
        _ when code == FreezeOptions.FreezeCode => "a release freeze: the gateway holds its deliveries to the hub without spending attempts until the freeze ends",
        GgkFoutClass.Transient => "the gateway retries later without spending the message",
        GgkFoutClass.AlreadyDelivered => "the gateway counts the delivery as done",
        _ => "an Fo01 parks the delivery as RefusedByHub and tells the back office that sent it; an Fo03 dead-letters it; neither is retried",
    };

    private static RuleText Fix(GgkFoutClass @class) => @class switch
    {
        GgkFoutClass.Transient => new(
            "Niets aan het bericht veranderen: de gateway biedt het later opnieuw aan.",
            "Change nothing in the message: the gateway offers it again later."),
        GgkFoutClass.AlreadyDelivered => new(
            "Niets te doen: een eerdere poging met hetzelfde referentienummer is aangekomen.",
            "Nothing to do: an earlier attempt with the same referentienummer arrived."),
        _ => new(
            "Herstel de envelop of de ketenconfiguratie (CPA, routering, autorisatie, afzender) en bied het bericht opnieuw aan (gateway queue replay; het staat in RefusedByHub of bij de dead-letters).",
            "Correct the envelope or the chain configuration (CPA, routing, authorisation, sender) and replay the message (gateway queue replay; it is in RefusedByHub or among the dead letters)."),
    };
}
