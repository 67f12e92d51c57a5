using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>RS031: a Commentaar element, when present, says something.</summary>
internal sealed class RS031_CommentaarNietLeeg : MessageRule
{
    public override string Code => "RS031";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.ToewijzingRetour, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmToewijzingRetour);

    public override RuleText Meaning { get; } = new(
        "Een commentaarveld is niet leeg en bevat meer dan alleen spaties of regeleinden.",
        "A comment field is not empty and holds more than spaces or line breaks.");

    public override RuleText Fix { get; } = new(
        "Laat Commentaar weg als er niets te melden is, of vul het met tekst.",
        "Leave Commentaar out when there is nothing to say, or fill it with text.");

    /// <summary>LDT_Commentaar: minLength 1 and a pattern that needs one non-white-space character.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => ClassPaths.Of(bericht)
        .Select(c => (c.Path, Commentaar: c.Record switch
        {
            Model.Client client => client.Commentaar,
            ToegewezenProduct product => product.Commentaar,
            VerzoekOmToewijzingClient client => client.Commentaar,
            AangevraagdProduct product => product.Commentaar,
            _ => null,
        }))
        .Where(c => c.Commentaar is not null && XsdWhiteSpace.IsBlank(c.Commentaar))
        .Select(c => At(c.Path + "/Commentaar", "Commentaar is empty or holds only white space"));
}
