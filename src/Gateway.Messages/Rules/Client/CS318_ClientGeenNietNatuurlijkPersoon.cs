using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CS318: the client's NaamGebruik is never 6 (niet-natuurlijk persoon).</summary>
internal sealed class CS318_ClientGeenNietNatuurlijkPersoon : MessageRule
{
    private const string NietNatuurlijkPersoon = "6";

    public override string Code => "CS318";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "De cliënt is een natuurlijk persoon: NaamGebruik van de cliënt is nooit 6 (niet-natuurlijk persoon).",
        "The client is a natural person: the client's NaamGebruik is never 6 (non-natural person).");

    public override RuleText Fix { get; } = new(
        "Vul NaamGebruik van de cliënt met 1, 2, 3 of 4.",
        "Set the client's NaamGebruik to 1, 2, 3 or 4.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        // iJw only: the official iWmo XSLT has no CS318 (there CS050 refuses 6 without a Partnernaam instead). Not in
        // the 302 either: the iJw XSLT matches the 301's own Client/Naam/NaamGebruik only.
        if (bericht is Bericht301 { Standard: Standard.Ijw } b && b.Client.Naam.NaamGebruik == NietNatuurlijkPersoon)
        {
            yield return At("/Bericht/Client/Naam/NaamGebruik", "The client's NaamGebruik is 6 (non-natural person)");
        }
    }
}
