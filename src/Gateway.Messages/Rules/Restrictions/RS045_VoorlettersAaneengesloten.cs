using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>RS045: initials are written as letters only, without dots or spaces ("JP", not "J.P.").</summary>
internal sealed class RS045_VoorlettersAaneengesloten : MessageRule
{
    public override string Code => "RS045";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.ToewijzingRetour, MessageCode.Start, MessageCode.StartRetour,
        MessageCode.Stop, MessageCode.StopRetour, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmToewijzingRetour);

    public override RuleText Meaning { get; } = new(
        "Voorletters worden aaneengesloten gevuld, alleen letters, zonder punten of spaties.",
        "Voorletters are written together, letters only, without dots or spaces.");

    public override RuleText Fix { get; } = new(
        "Schrijf de voorletters zonder punten en spaties, bijvoorbeeld JP in plaats van J.P.",
        "Write the initials without dots and spaces, for example JP instead of J.P.");

    /// <summary>LDT_Voorletters: pattern of letters only.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => ClassPaths.Of(bericht)
        .Select(c => (c.Path, Voorletters: c.Record switch
        {
            Model.Client client => client.Naam.Voorletters,
            Relatie relatie => relatie.Naam.Voorletters,
            StartClient client => client.Naam.Voorletters,
            StopClient client => client.Naam.Voorletters,
            VerzoekOmToewijzingClient client => client.Naam.Voorletters,
            _ => null,
        }))
        .Where(c => c.Voorletters is not null && !c.Voorletters.All(char.IsLetter))
        .Select(c => At(c.Path + "/Naam/Voorletters", "Voorletters holds a dot, a space or another character that is not a letter"));
}
