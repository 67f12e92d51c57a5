using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CD060: a credit prestatie names the prestatie it credits in VorigReferentieNummer; a debit prestatie leaves it out.</summary>
internal sealed class CD060_VorigReferentieNummerAlleenBijCredit : MessageRule
{
    public override string Code => "CD060";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } =
        MessageSets.Of(MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "VorigReferentieNummer is verplicht als IngediendBedrag credit (C) is, en blijft leeg als het debet (D) is.",
        "VorigReferentieNummer is required when IngediendBedrag is a credit (C), and left out when it is a debit (D).");

    public override RuleText Fix { get; } = new(
        "Vul bij een creditregel VorigReferentieNummer met het ReferentieNummer van de oorspronkelijke debetprestatie; laat het bij een debetregel weg.",
        "On a credit line, fill VorigReferentieNummer with the ReferentieNummer of the original debit prestatie; leave it out on a debit line.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            var hasVorig = prestatie.ProductReferentie.VorigReferentieNummer is not null;
            var fieldPath = path + "/ProductReferentie/VorigReferentieNummer";
            if (DeclaratieBedrag.IsCredit(prestatie.IngediendBedrag) && !hasVorig)
            {
                yield return At(fieldPath, "the prestatie is a credit but has no VorigReferentieNummer");
            }
            else if (!DeclaratieBedrag.IsCredit(prestatie.IngediendBedrag) && hasVorig)
            {
                yield return At(fieldPath, "the prestatie is a debit but has a VorigReferentieNummer");
            }
        }
    }
}
