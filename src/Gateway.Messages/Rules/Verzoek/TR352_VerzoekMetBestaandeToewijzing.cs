using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR352: a VOW lists at least one current toewijzing, unchanged or to be changed.</summary>
internal sealed class TR352_VerzoekMetBestaandeToewijzing : MessageRule
{
    private const string VerzoekPath = "/Bericht/Client/Verzoek";

    public override string Code => "TR352";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Een verzoek om wijziging bevat minstens één OngewijzigdProduct of TeWijzigenProduct.",
        "A request for change (VOW) contains at least one OngewijzigdProduct or TeWijzigenProduct.");

    public override RuleText Fix { get; } = new(
        "Neem alle actuele toewijzingen van de cliënt op, als OngewijzigdProduct of als TeWijzigenProduct; zonder actuele toewijzing stuur je een verzoek om toewijzing (315).",
        "List every current toewijzing of the client, as OngewijzigdProduct or TeWijzigenProduct; without a current toewijzing send a request for a toewijzing (315) instead.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht317 { Client.Verzoek: var verzoek }
            when (verzoek.OngewijzigdeProducten ?? []).Count == 0 && (verzoek.TeWijzigenProducten ?? []).Count == 0 =>
            [At(VerzoekPath, "the Verzoek has neither an OngewijzigdProduct nor a TeWijzigenProduct")],
        _ => [],
    };
}
