using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR061: the client has at least one Adres of Soort 01 (BRP), 02 (correspondentie) or 03 (verblijf).</summary>
/// <remarks>
/// Read as the official XSLT does: the Soort belongs to the Contact, so a Contact of Soort 01, 02 or 03 satisfies the
/// rule whatever else it holds (its address fields have CD034 and TR006 of their own), and a client without
/// Contactgegevens has nothing for TR061 to judge.
/// </remarks>
internal sealed class TR061_ClientHeeftWoonOfPostadres : MessageRule
{
    private static readonly string[] AddressKinds = ["01", "02", "03"];

    public override string Code => "TR061";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Bij de cliënt komt minstens één adres voor met Soort 01 (BRP-adres), 02 (correspondentieadres) of 03 (verblijfadres).",
        "The client has at least one address of Soort 01 (BRP address), 02 (correspondence address) or 03 (residence address).");

    public override RuleText Fix { get; } = new(
        "Neem bij de contactgegevens van de cliënt een BRP-, correspondentie- of verblijfadres op.",
        "Add a BRP, correspondence or residence address to the client's contact details.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is Bericht301 b
            && b.Client.Contactgegevens.Count > 0
            && !b.Client.Contactgegevens.Any(c => AddressKinds.Contains(c.Soort)))
        {
            yield return At("/Bericht/Client/Contactgegevens", "The client has no Adres of Soort 01, 02 or 03");
        }
    }
}
