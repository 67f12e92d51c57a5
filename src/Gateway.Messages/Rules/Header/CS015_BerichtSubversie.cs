using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Header;

/// <summary>CS015: BerichtSubversie is 2 in release 3.2.</summary>
internal sealed class CS015_BerichtSubversie : MessageRule
{
    private const int Subversie = 2;

    public override string Code => "CS015";

    public override IReadOnlyCollection<MessageCode> AppliesTo => HeaderMessages.WithOwnHeader;

    public override RuleText Meaning { get; } = new(
        "BerichtSubversie heeft in release 3.2 altijd de waarde 2.",
        "BerichtSubversie is always 2 in release 3.2.");

    public override RuleText Fix { get; } = new(
        "Vul BerichtSubversie met 2.",
        "Set BerichtSubversie to 2.");

    /// <summary>The subversion is a pattern facet of every 3.2 message schema.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht.Header.BerichtSubversie != Subversie)
        {
            yield return At(
                ClassPaths.Header + "/BerichtSubversie",
                string.Create(CultureInfo.InvariantCulture, $"BerichtSubversie is {bericht.Header.BerichtSubversie}, not {Subversie}"));
        }
    }
}
