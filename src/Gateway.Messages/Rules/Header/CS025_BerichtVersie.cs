using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Header;

/// <summary>CS025: BerichtVersie is 3 in release 3.2.</summary>
internal sealed class CS025_BerichtVersie : MessageRule
{
    private const int Versie = 3;

    public override string Code => "CS025";

    public override IReadOnlyCollection<MessageCode> AppliesTo => HeaderMessages.WithOwnHeader;

    public override RuleText Meaning { get; } = new(
        "BerichtVersie heeft in release 3.2 altijd de waarde 3.",
        "BerichtVersie is always 3 in release 3.2.");

    public override RuleText Fix { get; } = new(
        "Vul BerichtVersie met 3.",
        "Set BerichtVersie to 3.");

    /// <summary>The version is a pattern facet of every 3.2 message schema.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht.Header.BerichtVersie != Versie)
        {
            yield return At(
                ClassPaths.Header + "/BerichtVersie",
                string.Create(CultureInfo.InvariantCulture, $"BerichtVersie is {bericht.Header.BerichtVersie}, not {Versie}"));
        }
    }
}
