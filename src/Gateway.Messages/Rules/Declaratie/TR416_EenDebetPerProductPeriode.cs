using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>TR416: one 323 holds at most one debit per ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer.</summary>
internal sealed class TR416_EenDebetPerProductPeriode : MessageRule
{
    public override string Code => "TR416";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "Per ProductPeriode, ProductCategorie, ProductCode en ToewijzingNummer bevat een declaratiebericht hoogstens één debetprestatie.",
        "For each ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer a declaration message holds at most one debit prestatie.");

    public override RuleText Fix { get; } = new(
        "Voeg de debetregels voor dezelfde periode, hetzelfde product en dezelfde toewijzing samen tot één prestatie.",
        "Merge the debit lines for the same period, product and toewijzing into one prestatie.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var seen = new HashSet<(DateOnly, DateOnly, string, string, long)>();
        foreach (var (path, p) in ClassPaths.Of<Prestatie>(bericht))
        {
            if (!DeclaratieBedrag.IsDebet(p.IngediendBedrag))
            {
                continue;
            }

            var key = (p.ProductPeriode.Begindatum, p.ProductPeriode.Einddatum, p.ProductCategorie, p.ProductCode, p.ToewijzingNummer);
            if (!seen.Add(key))
            {
                yield return At(path, string.Create(
                    CultureInfo.InvariantCulture,
                    $"a debit for ToewijzingNummer {p.ToewijzingNummer}, product {p.ProductCategorie}/{p.ProductCode} and ProductPeriode {p.ProductPeriode.Begindatum:yyyy-MM-dd}..{p.ProductPeriode.Einddatum:yyyy-MM-dd} already occurs in this message"));
            }
        }
    }
}
