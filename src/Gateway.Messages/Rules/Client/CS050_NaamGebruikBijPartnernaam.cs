using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CS050: with a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without one it is 1 or 6 (iJw) or 1 (iWmo).</summary>
/// <remarks>
/// The official XSLTs differ per standard: the iJw one allows 1 or 6 without a Partnernaam, the iWmo one only 1 (its
/// rule text has no niet-natuurlijk persoon). Both check every NaamGebruik by element name, so the client a 302 echoes
/// and its relaties are checked too.
/// </remarks>
internal sealed class CS050_NaamGebruikBijPartnernaam : MessageRule
{
    private static readonly string[] WithPartner = ["1", "2", "3", "4"];
    private static readonly string[] WithoutPartnerIjw = ["1", "6"];
    private static readonly string[] WithoutPartnerIwmo = ["1"];

    public override string Code => "CS050";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithAdres;

    public override RuleText Meaning { get; } = new(
        "Is een Partnernaam gevuld, dan heeft NaamGebruik de waarde 1, 2, 3 of 4; zonder Partnernaam de waarde 1 (of 6 voor een niet-natuurlijk persoon).",
        "With a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without a Partnernaam it is 1 (or 6 for a non-natural person).");

    public override RuleText Fix { get; } = new(
        "Kies een NaamGebruik die past bij het wel of niet vullen van de Partnernaam, of vul de Partnernaam aan.",
        "Choose a NaamGebruik that fits whether a Partnernaam is given, or add the Partnernaam.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (EchoedClients.Toewijzing(bericht) is not { } client)
        {
            yield break;
        }

        var withoutPartner = bericht.Standard == Standard.Iwmo ? WithoutPartnerIwmo : WithoutPartnerIjw;
        foreach (var violation in CheckNaam("/Bericht/Client/Naam", client.Naam, withoutPartner))
        {
            yield return violation;
        }

        foreach (var (path, relatie) in ClassPaths.Of<Relatie>(bericht))
        {
            foreach (var violation in CheckNaam(path + "/Naam", relatie.Naam, withoutPartner))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<RuleViolation> CheckNaam(string path, VolledigeNaam naam, string[] withoutPartner)
    {
        var hasPartner = naam.Partnernaam is not null;
        var allowed = hasPartner ? WithPartner : withoutPartner;
        if (!allowed.Contains(naam.NaamGebruik))
        {
            yield return At(
                path + "/NaamGebruik",
                hasPartner
                    ? $"NaamGebruik {naam.NaamGebruik} is not allowed with a Partnernaam (1, 2, 3 or 4)"
                    : $"NaamGebruik {naam.NaamGebruik} is not allowed without a Partnernaam ({string.Join(" or ", withoutPartner)})");
        }
    }
}
