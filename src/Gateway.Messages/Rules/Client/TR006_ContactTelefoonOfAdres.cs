using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>TR006: a Contact has a Telefoon, or an Adres with both Huis and Postcode (or both).</summary>
internal sealed class TR006_ContactTelefoonOfAdres : MessageRule
{
    public override string Code => "TR006";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Een Contact bevat een Telefoon en/of een Adres met zowel Huis als Postcode.",
        "A Contact contains a Telefoon and/or an Adres with both Huis and Postcode.");

    public override RuleText Fix { get; } = new(
        "Vul bij het contact een telefoonnummer, of huisnummer en postcode van het adres.",
        "Give the contact a phone number, or the house number and postcode of the address.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            var reachableByAddress = contact.Adres is { Huis: not null, Postcode: not null };
            if (contact.Telefoon is null && !reachableByAddress)
            {
                yield return At(path, "Contact has neither a Telefoon nor an Adres with Huis and Postcode");
            }
        }
    }
}
