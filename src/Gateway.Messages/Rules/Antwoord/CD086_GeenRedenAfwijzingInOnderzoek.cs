using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD086: a request still being looked into has no reason of rejection.</summary>
internal sealed class CD086_GeenRedenAfwijzingInOnderzoek : MessageRule
{
    private const string AntwoordPath = "/Bericht/Antwoord";

    public override string Code => "CD086";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Antwoord);

    public override RuleText Meaning { get; } = new(
        "Als VerzoekAntwoord 2 (aanvraag in onderzoek) is, is RedenAfwijzingVerzoek leeg.",
        "When VerzoekAntwoord is 2 (request being looked into), RedenAfwijzingVerzoek is empty.");

    public override RuleText Fix { get; } = new(
        "Laat RedenAfwijzingVerzoek weg zolang de aanvraag in onderzoek is; stuur een reden pas bij een afwijzing (VerzoekAntwoord 1).",
        "Leave RedenAfwijzingVerzoek out while the request is being looked into; give a reason only with a rejection (VerzoekAntwoord 1).");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht319 { Antwoord: { VerzoekAntwoord: AntwoordCodes.AanvraagInOnderzoek, RedenAfwijzingVerzoek: { } reden } } =>
            [At(AntwoordPath + "/RedenAfwijzingVerzoek", $"VerzoekAntwoord is 2 (being looked into) but RedenAfwijzingVerzoek is {reden}")],
        _ => [],
    };
}
