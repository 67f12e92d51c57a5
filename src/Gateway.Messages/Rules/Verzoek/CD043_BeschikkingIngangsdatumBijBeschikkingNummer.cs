using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD043: a beschikking is given with both its number and its start date, or not at all.</summary>
internal sealed class CD043_BeschikkingIngangsdatumBijBeschikkingNummer : MessageRule
{
    public override string Code => "CD043";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "BeschikkingIngangsdatum is gevuld als BeschikkingNummer gevuld is, en anders leeg.",
        "BeschikkingIngangsdatum is filled when BeschikkingNummer is filled, and empty otherwise.");

    public override RuleText Fix { get; } = new(
        "Geef BeschikkingNummer en BeschikkingIngangsdatum samen mee, of laat ze allebei weg.",
        "Send BeschikkingNummer and BeschikkingIngangsdatum together, or leave both out.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot).SelectMany(p => CheckProduct(p.Path, p.Record)),
        _ => [],
    };

    private static IEnumerable<RuleViolation> CheckProduct(string path, AangevraagdProduct product)
    {
        if (product.BeschikkingNummer is not null && product.BeschikkingIngangsdatum is null)
        {
            yield return At(path + "/BeschikkingIngangsdatum", "BeschikkingNummer is filled but BeschikkingIngangsdatum is missing");
        }
        else if (product.BeschikkingNummer is null && product.BeschikkingIngangsdatum is not null)
        {
            yield return At(path + "/BeschikkingIngangsdatum", "BeschikkingIngangsdatum is filled but there is no BeschikkingNummer");
        }
    }
}
