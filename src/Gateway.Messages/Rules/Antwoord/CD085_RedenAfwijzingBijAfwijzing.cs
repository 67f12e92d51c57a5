using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD085: a rejection says why.</summary>
internal sealed class CD085_RedenAfwijzingBijAfwijzing : MessageRule
{
    private const string AntwoordPath = "/Bericht/Antwoord";

    public override string Code => "CD085";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Antwoord);

    public override RuleText Meaning { get; } = new(
        "Als VerzoekAntwoord 1 (verzoek afgewezen) is, is RedenAfwijzingVerzoek gevuld.",
        "When VerzoekAntwoord is 1 (request rejected), RedenAfwijzingVerzoek is filled.");

    public override RuleText Fix { get; } = new(
        "Geef bij een afwijzing de reden mee in RedenAfwijzingVerzoek.",
        "State the reason of a rejection in RedenAfwijzingVerzoek.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht319 { Antwoord: { VerzoekAntwoord: AntwoordCodes.VerzoekAfgewezen, RedenAfwijzingVerzoek: null } } =>
            [At(AntwoordPath + "/RedenAfwijzingVerzoek", "VerzoekAntwoord is 1 (rejected) but RedenAfwijzingVerzoek is missing")],
        _ => [],
    };
}
