using System.Text.RegularExpressions;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// CS089: with LandCode NL the Postcode has the Dutch format: four digits (no leading 0) and two letters.
/// </summary>
/// <remarks>
/// As the official XSLT reads it: an address with LandCode NL and no (or an empty) Postcode fails the format too
/// (its pattern test on an empty text fails), next to CD005. The rule text ("dan moet het formaat overeenkomen met
/// dat van een Nederlandse postcode") does not contradict that. Checked in the 302 that echoes the client as well,
/// because the XSLT matches LandCode by element name.
/// </remarks>
internal sealed partial class CS089_NederlandsePostcode : MessageRule
{
    public override string Code => "CS089";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithAdres;

    public override RuleText Meaning { get; } = new(
        "Bij LandCode NL heeft de postcode het Nederlandse formaat: vier cijfers (niet beginnend met 0) en twee letters, zonder spatie.",
        "With LandCode NL the postcode has the Dutch format: four digits (not starting with 0) and two letters, without a space.");

    public override RuleText Fix { get; } = new(
        "Vul de postcode als 1234AB (zonder spatie).",
        "Write the postcode as 1234AB (no space).");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, adres) in EchoedClients.Adressen(bericht))
        {
            if (adres.LandCode?.Trim() != "NL")
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(adres.Postcode))
            {
                yield return At(path + "/Postcode", "LandCode is NL but the address has no Postcode (format 1234AB)");
            }
            else if (!DutchPostcode().IsMatch(adres.Postcode))
            {
                yield return At(path + "/Postcode", $"Postcode '{adres.Postcode}' is not a Dutch postcode (format 1234AB)");
            }
        }
    }

    [GeneratedRegex("^[1-9][0-9]{3}[a-zA-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPostcode();
}
