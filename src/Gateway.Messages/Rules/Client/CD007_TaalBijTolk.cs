using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Client;

/// <summary>CD007: Communicatie/Taal is filled exactly when Communicatie/Vorm is 1 (tolk taal).</summary>
internal sealed class CD007_TaalBijTolk : MessageRule
{
    private const string TolkTaal = "1";

    public override string Code => "CD007";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Taal is verplicht als de communicatievorm 1 (tolk taal) is, en blijft leeg bij elke andere vorm.",
        "Taal is required when the communication form is 1 (language interpreter), and stays empty for any other form.");

    public override RuleText Fix { get; } = new(
        "Vul de taal bij een tolk taal, of laat de taal weg bij een doven- of doofblindentolk.",
        "Give the language for a language interpreter, or leave it out for a sign or deafblind interpreter.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301 { Client.Communicatie: { } communicatie })
        {
            yield break;
        }

        const string path = "/Bericht/Client/Communicatie/Taal";
        if (communicatie.Vorm == TolkTaal && communicatie.Taal is null)
        {
            yield return At(path, "Communicatie/Vorm is 1 (tolk taal) but Taal is missing");
        }
        else if (communicatie.Vorm != TolkTaal && communicatie.Taal is not null)
        {
            yield return At(path, $"Taal is filled while Communicatie/Vorm is {communicatie.Vorm}, not 1 (tolk taal)");
        }
    }
}
