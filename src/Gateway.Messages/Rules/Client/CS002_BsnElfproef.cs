using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// CS002: every BSN passes the 11-proef. Like the official level-2 XSLT of release 3.2, which checks every element named
/// Bsn whatever the message, this also covers the client a retour message (302, 306, 308, 316, 318) echoes back.
/// </summary>
internal sealed class CS002_BsnElfproef : MessageRule
{
    public override string Code => "CS002";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.ToewijzingRetour, MessageCode.Start, MessageCode.StartRetour, MessageCode.Stop,
        MessageCode.StopRetour, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmToewijzingRetour,
        MessageCode.VerzoekOmWijziging, MessageCode.VerzoekOmWijzigingRetour, MessageCode.Declaratie,
        MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Een burgerservicenummer voldoet aan de 11-proef.",
        "A burgerservicenummer (BSN) passes the 11-proef (eleven test).");

    public override RuleText Fix { get; } = new(
        "Controleer het BSN van de cliënt en vul het juiste, geldige nummer.",
        "Check the client's BSN and fill in the correct, valid number.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, bsn) in Burgerservicenummer.Of(bericht))
        {
            if (!Burgerservicenummer.PassesElfproef(bsn))
            {
                // Never name the number itself: it identifies a person.
                yield return At(path, "The BSN does not pass the 11-proef");
            }
        }
    }
}
