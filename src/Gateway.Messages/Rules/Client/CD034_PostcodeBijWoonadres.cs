using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CD034: a Contact of Soort 01 (BRP-adres) or 03 (verblijfadres) has a Postcode.</summary>
internal sealed class CD034_PostcodeBijWoonadres : MessageRule
{
    private static readonly string[] KindsNeedingPostcode = ["01", "03"];

    public override string Code => "CD034";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Bij een BRP-adres (Soort 01) of verblijfadres (Soort 03) is de Postcode verplicht.",
        "A BRP address (Soort 01) or residence address (Soort 03) requires a Postcode.");

    public override RuleText Fix { get; } = new(
        "Vul de postcode van het BRP- of verblijfadres.",
        "Fill in the postcode of the BRP or residence address.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            if (KindsNeedingPostcode.Contains(contact.Soort) && contact.Adres?.Postcode is null)
            {
                yield return At(path + "/Adres/Postcode", $"Contact of Soort {contact.Soort} has no Postcode");
            }
        }
    }
}
