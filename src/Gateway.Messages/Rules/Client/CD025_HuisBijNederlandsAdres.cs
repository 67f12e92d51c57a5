using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD025: an Adres with LandCode NL has a Huis; also in the 302 that echoes the client, as the official XSLT checks it.</summary>
internal sealed class CD025_HuisBijNederlandsAdres : MessageRule
{
    public override string Code => "CD025";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithAdres;

    public override RuleText Meaning { get; } = new(
        "Een adres in Nederland (LandCode NL) heeft een Huis (huisnummer).",
        "An address in the Netherlands (LandCode NL) has a Huis (house number).");

    public override RuleText Fix { get; } = new(
        "Vul het huisnummer van het Nederlandse adres.",
        "Fill in the house number of the Dutch address.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, adres) in EchoedClients.Adressen(bericht))
        {
            if (adres is { Huis: null } && adres.LandCode?.Trim() == "NL")
            {
                yield return At(path + "/Huis", "Adres with LandCode NL has no Huis");
            }
        }
    }
}
