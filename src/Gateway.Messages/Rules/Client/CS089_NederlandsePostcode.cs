using System.Text.RegularExpressions;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CS089: with LandCode NL the Postcode has the Dutch format: four digits (no leading 0) and two letters.</summary>
internal sealed partial class CS089_NederlandsePostcode : MessageRule
{
    public override string Code => "CS089";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Bij LandCode NL heeft de postcode het Nederlandse formaat: vier cijfers (niet beginnend met 0) en twee letters, zonder spatie.",
        "With LandCode NL the postcode has the Dutch format: four digits (not starting with 0) and two letters, without a space.");

    public override RuleText Fix { get; } = new(
        "Vul de postcode als 1234AB (zonder spatie).",
        "Write the postcode as 1234AB (no space).");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
        {
            if (contact.Adres is { LandCode: "NL", Postcode: { } postcode } && !DutchPostcode().IsMatch(postcode))
            {
                yield return At(path + "/Adres/Postcode", $"Postcode '{postcode}' is not a Dutch postcode (format 1234AB)");
            }
        }
    }

    [GeneratedRegex("^[1-9][0-9]{3}[a-zA-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPostcode();
}
