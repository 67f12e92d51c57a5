using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR383: each requested product of a VOT has its own ReferentieAanbieder.</summary>
internal sealed class TR383_ReferentieAanbiederUniek : MessageRule
{
    public override string Code => "TR383";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "ReferentieAanbieder is uniek voor elk AangevraagdProduct in het bericht.",
        "ReferentieAanbieder is unique for every AangevraagdProduct in the message.");

    public override RuleText Fix { get; } = new(
        "Geef elk aangevraagd product een eigen ReferentieAanbieder.",
        "Give every requested product a ReferentieAanbieder of its own.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => CheckVot(vot),
        _ => [],
    };

    private static IEnumerable<RuleViolation> CheckVot(Bericht315 vot)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, product) in ClassPaths.Of<AangevraagdProduct>(vot))
        {
            if (!first.TryAdd(product.ReferentieAanbieder, path))
            {
                yield return At(
                    path + "/ReferentieAanbieder",
                    $"ReferentieAanbieder {product.ReferentieAanbieder} is also used by {first[product.ReferentieAanbieder]}");
            }
        }
    }
}
