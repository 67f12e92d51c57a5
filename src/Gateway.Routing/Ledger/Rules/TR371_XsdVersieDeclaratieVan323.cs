using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR371 (no retourcode): a 325's XsdVersieDeclaratie is the XsdVersie of the 323 it answers. NL: XsdVersieDeclaratie
/// komt overeen met de XsdVersie van het declaratiebericht. The standard gives no code; the refusal names the rule and
/// says what is wrong in <see cref="Meaning"/>, and records 9367 (a value differs from the 323), the nearest code, on the header.
/// </summary>
internal sealed class TR371_XsdVersieDeclaratieVan323(ILedgerReader ledger) : DeclaratieAntwoordRule(ledger)
{
    public override string Code => "TR371";

    public override RuleText Meaning { get; } = new(
        "De XsdVersieDeclaratie van de 325 is niet de XsdVersie van de 323 die hij beantwoordt.",
        "The 325's XsdVersieDeclaratie is not the XsdVersie of the 323 it answers.");

    public override RuleText Fix { get; } = new(
        "Neem BasisschemaXsdVersie en BerichtXsdVersie van de 323 over in XsdVersieDeclaratie.",
        "Copy the 323's BasisschemaXsdVersie and BerichtXsdVersie into XsdVersieDeclaratie.");

    public override string RetourCode => "9367";

    protected override IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered) =>
        answered.Declaratie is { } declaratie && declaratie.Header.XsdVersie != antwoord.Header.XsdVersieDeclaratie
            ? [Reject(ClassPaths.Header)]
            : None;
}
