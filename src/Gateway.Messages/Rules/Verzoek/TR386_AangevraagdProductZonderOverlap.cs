using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR386: the same product appears more than once in a VOT only with periods that do not overlap;
/// in iWmo hulpmiddelen (categorie 11-14) may overlap, as the iWmo rule text and XSLT say (<see cref="Hulpmiddelen"/>).
/// </summary>
internal sealed class TR386_AangevraagdProductZonderOverlap : MessageRule
{
    public override string Code => "TR386";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Een product komt alleen meer dan eens voor in een verzoek om toewijzing als de perioden elkaar niet overlappen; zonder productcode geldt dit per categorie, zonder categorie mag het met geen enkel ander aangevraagd product overlappen.",
        "A product appears more than once in a request for a toewijzing (VOT) only with periods that do not overlap; without a product code this holds per categorie, without a categorie it may overlap no other requested product.");

    public override RuleText Fix { get; } = new(
        "Voeg overlappende aanvragen voor hetzelfde product samen tot één AangevraagdProduct, of laat de perioden op elkaar aansluiten zonder overlap.",
        "Merge overlapping requests for the same product into one AangevraagdProduct, or make the periods follow each other without overlap.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => VerzoekProductOverlap
            .Find(vot.Standard, ClassPaths.Of<AangevraagdProduct>(vot)
                .Select(p => new VerzoekProductOverlap.Requested(p.Path, p.Record.Product, p.Record.ToewijzingIngangsdatum, p.Record.ToewijzingEinddatum))
                .ToList())
            .Select(pair => At(pair.Later.Path, VerzoekProductOverlap.Describe(pair.Later, pair.Earlier))),
        _ => [],
    };
}
