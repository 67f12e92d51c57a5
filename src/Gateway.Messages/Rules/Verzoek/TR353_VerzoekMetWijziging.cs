using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR353: a VOW asks for something: a change or a new product.</summary>
internal sealed class TR353_VerzoekMetWijziging : MessageRule
{
    private const string VerzoekPath = "/Bericht/Client/Verzoek";

    public override string Code => "TR353";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Een verzoek om wijziging bevat minstens één TeWijzigenProduct of NieuwProduct.",
        "A request for change (VOW) contains at least one TeWijzigenProduct or NieuwProduct.");

    public override RuleText Fix { get; } = new(
        "Neem op wat er moet veranderen (TeWijzigenProduct) of wat erbij moet komen (NieuwProduct); verandert er niets, stuur dan geen verzoek om wijziging.",
        "Include what must change (TeWijzigenProduct) or be added (NieuwProduct); when nothing changes, send no request for change.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht317 { Client.Verzoek: var verzoek }
            when (verzoek.TeWijzigenProducten ?? []).Count == 0 && (verzoek.NieuweProducten ?? []).Count == 0 =>
            [At(VerzoekPath, "the Verzoek has neither a TeWijzigenProduct nor a NieuwProduct")],
        _ => [],
    };
}
