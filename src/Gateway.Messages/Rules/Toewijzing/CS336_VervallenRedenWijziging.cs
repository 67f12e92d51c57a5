using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>CS336: RedenWijziging 01 (administratieve correctie, vervallen) is not used.</summary>
internal sealed class CS336_VervallenRedenWijziging : MessageRule
{
    private const string Vervallen = "01";

    public override string Code => "CS336";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "RedenWijziging 01 (administratieve correctie, vervallen) wordt niet meer gebruikt.",
        "RedenWijziging 01 (administrative correction, withdrawn) is no longer used.");

    public override RuleText Fix { get; } = new(
        "Gebruik RedenWijziging 14 (administratieve correctie) of een andere passende reden.",
        "Use RedenWijziging 14 (administrative correction) or another fitting reason.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(bericht))
        {
            if (product.RedenWijziging == Vervallen)
            {
                yield return At(path + "/RedenWijziging", "RedenWijziging 01 is withdrawn");
            }
        }
    }
}
