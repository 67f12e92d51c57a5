using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>TR335: a prestatie's ProductPeriode ends no more than five years before the DeclaratieDagtekening.</summary>
internal sealed class TR335_EinddatumHoogstensVijfJaarOud : MessageRule
{
    private const int MaxYears = 5;

    public override string Code => "TR335";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "De Einddatum van de ProductPeriode ligt niet meer dan 5 jaar voor de DeclaratieDagtekening.",
        "The Einddatum of the ProductPeriode lies no more than 5 years before the DeclaratieDagtekening.");

    public override RuleText Fix { get; } = new(
        "Declareer of corrigeer geen zorg die meer dan 5 jaar voor de DeclaratieDagtekening eindigde; laat die prestatie weg.",
        "Do not declare or correct care that ended more than 5 years before the DeclaratieDagtekening; leave that prestatie out.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht323 b)
        {
            yield break;
        }

        var earliest = b.Declaratie.DeclaratieDagtekening.AddYears(-MaxYears);
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(b))
        {
            var einddatum = prestatie.ProductPeriode.Einddatum;
            if (einddatum < earliest)
            {
                yield return At(path + "/ProductPeriode/Einddatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Einddatum {einddatum:yyyy-MM-dd} lies more than {MaxYears} years before DeclaratieDagtekening {b.Declaratie.DeclaratieDagtekening:yyyy-MM-dd}"));
            }
        }
    }
}
