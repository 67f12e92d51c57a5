using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR409: only a rejection on the woonplaatsbeginsel carries the class Woonplaatsbeginsel. iJw only: the iWmo 319
/// has no such class (its schema refuses it) and its rule set has no TR409, so an iWmo 319 always passes.
/// </summary>
/// <remarks>
/// Judged on a RedenAfwijzingVerzoek that is present, as the official XSLT does (it matches RedenAfwijzingVerzoek):
/// an "in onderzoek" answer without a reason but with a Woonplaatsbeginsel is not TR409's case; the rule text
/// ("als RedenAfwijzingVerzoek ongelijk is aan 8") speaks of a reason that is there.
/// </remarks>
internal sealed class TR409_GeenWoonplaatsbeginselZonderReden8 : MessageRule
{
    private const string WoonplaatsbeginselPath = "/Bericht/Antwoord/Woonplaatsbeginsel";

    public override string Code => "TR409";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Antwoord);

    public override RuleText Meaning { get; } = new(
        "Als RedenAfwijzingVerzoek niet 8 (woonplaatsbeginsel) is, ontbreekt de berichtklasse Woonplaatsbeginsel (alleen iJw).",
        "When RedenAfwijzingVerzoek is not 8 (woonplaatsbeginsel), the class Woonplaatsbeginsel is absent (iJw only).");

    public override RuleText Fix { get; } = new(
        "Laat de klasse Woonplaatsbeginsel weg, tenzij het verzoek is afgewezen met reden 8 (woonplaatsbeginsel).",
        "Leave the class Woonplaatsbeginsel out unless the request is rejected with reason 8 (woonplaatsbeginsel).");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht319 { Standard: Standard.Ijw, Antwoord: { Woonplaatsbeginsel: not null, RedenAfwijzingVerzoek: { } reden } }
            when reden != AntwoordCodes.RedenWoonplaatsbeginsel =>
            [At(WoonplaatsbeginselPath, $"the class Woonplaatsbeginsel is present but RedenAfwijzingVerzoek is {reden}, not 8")],
        _ => [],
    };
}
