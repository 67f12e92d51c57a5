using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CD025: an Adres with LandCode NL has a Huis.</summary>
internal sealed class CD025_HuisBijNederlandsAdres : MessageRule
{
    public override string Code => "CD025";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Een adres in Nederland (LandCode NL) heeft een Huis (huisnummer).",
        "An address in the Netherlands (LandCode NL) has a Huis (house number).");

    public override RuleText Fix { get; } = new(
        "Vul het huisnummer van het Nederlandse adres.",
        "Fill in the house number of the Dutch address.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            if (contact.Adres is { LandCode: "NL", Huis: null })
            {
                yield return At(path + "/Adres/Huis", "Adres with LandCode NL has no Huis");
            }
        }
    }
}
