using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CD005: an Adres with a Postcode has a LandCode; an Adres without Postcode has none.</summary>
internal sealed class CD005_LandCodeBijPostcode : MessageRule
{
    public override string Code => "CD005";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "LandCode is verplicht als de Postcode van het adres gevuld is, en blijft leeg als er geen Postcode is.",
        "LandCode is required when the address has a Postcode, and stays empty when it has none.");

    public override RuleText Fix { get; } = new(
        "Vul de LandCode bij een adres met postcode, of laat de LandCode weg bij een adres zonder postcode.",
        "Fill in LandCode for an address with a postcode, or leave LandCode out for an address without one.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            switch (contact.Adres)
            {
                case { Postcode: not null, LandCode: null }:
                    yield return At(path + "/Adres/LandCode", "Adres has a Postcode but no LandCode");
                    break;
                case { Postcode: null, LandCode: { } landCode }:
                    yield return At(path + "/Adres/LandCode", $"Adres has LandCode {landCode} but no Postcode");
                    break;
            }
        }
    }
}
