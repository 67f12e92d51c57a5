using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CD009: a Contact has a Periode only when its Soort is 04 (tijdelijk verblijfadres).</summary>
internal sealed class CD009_PeriodeAlleenBijTijdelijkAdres : MessageRule
{
    private const string TijdelijkAdres = "04";

    public override string Code => "CD009";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Een contact heeft alleen een Periode als Soort de waarde 04 (tijdelijk adres) heeft.",
        "A contact has a Periode only when its Soort is 04 (temporary address).");

    public override RuleText Fix { get; } = new(
        "Laat de periode weg, of geef het contact Soort 04 als het om een tijdelijk adres gaat.",
        "Leave the period out, or give the contact Soort 04 if it is a temporary address.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            if (contact.Periode is not null && contact.Soort != TijdelijkAdres)
            {
                yield return At(path + "/Periode", $"Contact of Soort {contact.Soort} has a Periode; only Soort 04 may have one");
            }
        }
    }
}
