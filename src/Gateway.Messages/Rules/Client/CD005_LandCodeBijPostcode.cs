using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// CD005: an Adres with a Postcode has a LandCode; an Adres without Postcode has none. An empty element counts as
/// absent, as in the official XSLT; also checked in the 302 that echoes the client (the XSLT matches by element name).
/// </summary>
internal sealed class CD005_LandCodeBijPostcode : MessageRule
{
    public override string Code => "CD005";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithAdres;

    public override RuleText Meaning { get; } = new(
        "LandCode is verplicht als de Postcode van het adres gevuld is, en blijft leeg als er geen Postcode is.",
        "LandCode is required when the address has a Postcode, and stays empty when it has none.");

    public override RuleText Fix { get; } = new(
        "Vul de LandCode bij een adres met postcode, of laat de LandCode weg bij een adres zonder postcode.",
        "Fill in LandCode for an address with a postcode, or leave LandCode out for an address without one.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, adres) in EchoedClients.Adressen(bericht))
        {
            var hasPostcode = !string.IsNullOrWhiteSpace(adres.Postcode);
            var hasLandCode = !string.IsNullOrWhiteSpace(adres.LandCode);
            if (hasPostcode && !hasLandCode)
            {
                yield return At(path + "/LandCode", "Adres has a Postcode but no LandCode");
            }
            else if (hasLandCode && !hasPostcode)
            {
                yield return At(path + "/LandCode", $"Adres has LandCode {adres.LandCode} but no Postcode");
            }
        }
    }
}
