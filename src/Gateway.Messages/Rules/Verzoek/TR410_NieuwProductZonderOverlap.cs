using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR410: the same product appears more than once among the NieuwProducten of a VOW only with periods that do not overlap;
/// in iWmo hulpmiddelen (categorie 11-14) may overlap, as the iWmo rule text and XSLT say (<see cref="Hulpmiddelen"/>).
/// </summary>
internal sealed class TR410_NieuwProductZonderOverlap : MessageRule
{
    public override string Code => "TR410";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Een product komt alleen meer dan eens voor als NieuwProduct als de perioden elkaar niet overlappen; zonder productcode geldt dit per categorie, zonder categorie mag het met geen enkel ander nieuw product overlappen.",
        "A product appears more than once as NieuwProduct only with periods that do not overlap; without a product code this holds per categorie, without a categorie it may overlap no other new product.");

    public override RuleText Fix { get; } = new(
        "Voeg overlappende aanvragen voor hetzelfde product samen tot één NieuwProduct, of laat de perioden op elkaar aansluiten zonder overlap.",
        "Merge overlapping requests for the same product into one NieuwProduct, or make the periods follow each other without overlap.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht317 vow => VerzoekProductOverlap
            .Find(vow.Standard, ClassPaths.Of<NieuwProduct>(vow)
                .Select(p => new VerzoekProductOverlap.Requested(p.Path, p.Record.Product, p.Record.GewensteIngangsdatum, p.Record.Einddatum))
                .ToList())
            .Select(pair => At(pair.Later.Path, VerzoekProductOverlap.Describe(pair.Later, pair.Earlier))),
        _ => [],
    };
}
