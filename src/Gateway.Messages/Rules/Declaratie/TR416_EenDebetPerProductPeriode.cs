using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR416: a client's prestaties in one 323 hold at most one debit per ProductPeriode, ProductCategorie, ProductCode and
/// ToewijzingNummer.
/// <para>
/// As in the official level-2 XSLT of release 3.2, a debit is compared only with the earlier prestaties of the same
/// client (its siblings under Prestaties): the same ToewijzingNummer and product under two clients is two toewijzingen
/// that happen to share a number, not a double declaration. Debits across declarations are TR389, checked later.
/// </para>
/// </summary>
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
        var seen = new HashSet<(string, DateOnly, DateOnly, string, string, long)>();
        foreach (var (path, p) in ClassPaths.Of<Prestatie>(bericht))
        {
            if (!DeclaratieBedrag.IsDebet(p.IngediendBedrag))
            {
                continue;
            }

            var client = path[..path.LastIndexOf("/Prestaties/", StringComparison.Ordinal)];
            var key = (client, p.ProductPeriode.Begindatum, p.ProductPeriode.Einddatum, p.ProductCategorie, p.ProductCode, p.ToewijzingNummer);
            if (!seen.Add(key))
            {
                yield return At(path, string.Create(
                    CultureInfo.InvariantCulture,
                    $"a debit for ToewijzingNummer {p.ToewijzingNummer}, product {p.ProductCategorie}/{p.ProductCode} and ProductPeriode {p.ProductPeriode.Begindatum:yyyy-MM-dd}..{p.ProductPeriode.Einddatum:yyyy-MM-dd} already occurs in this message"));
            }
        }
    }
}
