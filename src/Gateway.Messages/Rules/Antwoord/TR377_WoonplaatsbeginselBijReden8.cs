using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR377: a rejection on the woonplaatsbeginsel names the responsible gemeente. iJw only: the iWmo 319 has no
/// Woonplaatsbeginsel class and its rule set has no TR377, so an iWmo 319 always passes.
/// </summary>
internal sealed class TR377_WoonplaatsbeginselBijReden8 : MessageRule
{
    private const string AntwoordPath = "/Bericht/Antwoord";

    public override string Code => "TR377";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Antwoord);

    public override RuleText Meaning { get; } = new(
        "Als RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) is, bevat het Antwoord de berichtklasse Woonplaatsbeginsel (alleen iJw).",
        "When RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel), the Antwoord contains the class Woonplaatsbeginsel (iJw only).");

    public override RuleText Fix { get; } = new(
        "Neem bij afwijzing op het woonplaatsbeginsel de klasse Woonplaatsbeginsel op met de gemeente die wel verantwoordelijk is.",
        "With a rejection on the woonplaatsbeginsel, add the class Woonplaatsbeginsel naming the gemeente that is responsible.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht319 { Standard: Standard.Ijw, Antwoord: { RedenAfwijzingVerzoek: AntwoordCodes.RedenWoonplaatsbeginsel, Woonplaatsbeginsel: null } } =>
            [At(AntwoordPath + "/Woonplaatsbeginsel", "RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel) but the class Woonplaatsbeginsel is missing")],
        _ => [],
    };
}
